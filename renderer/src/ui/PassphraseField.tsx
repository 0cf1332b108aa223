import type { ComponentProps } from 'react';
import { TextField } from './TextField';

type PassphraseFieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'autoComplete'> & {
  /** A new passphrase is offered to the password manager to save; a current one to fill in. */
  autoComplete: 'new-password' | 'current-password' | 'off';
};

/** A passphrase box, hidden as typed, the same in every form that asks for one. */
export function PassphraseField(props: PassphraseFieldProps) {
  return <TextField {...props} type="password" />;
}
