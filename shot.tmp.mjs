import {chromium} from 'playwright-core';
const b = await chromium.launch({executablePath:'/usr/bin/chromium'});
const [,, base, ...specs] = process.argv;
for (const spec of specs) {
  const [path, w, h, name, scheme] = spec.split('|');
  const ctx = await b.newContext({viewport:{width:+w,height:+h}, colorScheme: scheme||'light'});
  const p = await ctx.newPage();
  await p.goto(base+path);
  await p.waitForFunction(()=>document.documentElement.dataset.enhanced==='true');
  await p.screenshot({path:`/tmp/${name}.png`});
  const info = await p.evaluate(()=>({sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, main: document.querySelector('main')?.getBoundingClientRect().width, article: document.querySelector('article')?.getBoundingClientRect().width, table: document.querySelector('article table')?.getBoundingClientRect().width}));
  console.log(name, JSON.stringify(info));
  await ctx.close();
}
await b.close();
