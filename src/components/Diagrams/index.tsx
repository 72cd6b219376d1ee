/**
 * Static SVG diagrams for the reference pages (rendered at build time; no diagram library runs
 * in the browser). Import them in the MDX page that shows them:
 * `import {QmarPipeline} from '@site/src/components/Diagrams';`
 */
export {default as QmarPipeline} from './QmarPipeline';
export {default as WqbmmPaths} from './WqbmmPaths';
export {default as TwoPhaseSequence} from './TwoPhaseSequence';
