/** Validation helpers shared by the registries (operators, related APIs). */
import type * as z from 'zod';

/** Format a zod error as "path: message" lines an editor can act on. */
export function formatIssues(where: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

/** Parse with the schema or throw an error naming the file and every problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`Invalid data in ${where}:\n${formatIssues(where, result.error)}`);
  }
  return result.data;
}
