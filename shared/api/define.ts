import type { z } from 'zod';

/** One renderer-to-main call: the schema its single argument object must match, and its result's. */
export interface CallSpec<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  input: Input;
  output: Output;
}

export function defineCall<Input extends z.ZodType, Output extends z.ZodType>(
  input: Input,
  output: Output,
): CallSpec<Input, Output> {
  return { input, output };
}
