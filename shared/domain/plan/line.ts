import { z } from 'zod';
import { myofascialLines } from '../../anatomy';

/**
 * A myofascial line by its id (one side of one of Myers' lines), as a session's plan chooses it to
 * be drawn there and on the session's printouts.
 */
export const MyofascialLineId = z.string().refine((id) => myofascialLines().some((line) => line.id === id), {
  message: 'That is not one of the myofascial lines: choose one from the list, or none',
});
