import './access.css';
import { useCallback, type ReactNode } from 'react';
import { call } from '../../api/client';
import { RecoveryScreen } from '../backups/RecoveryScreen';
import { DiskProblemAlert } from './DiskProblemAlert';
import { FirstRunScreen } from './FirstRunScreen';
import { LockScreen } from './LockScreen';
import { useAccess } from './useAccess';
import { useIdleLock } from './useIdleLock';

/**
 * Nothing of the app renders until main says a therapist has unlocked it; a damaged database shows
 * the recovery screen first. Main enforces the lock on every call; this only decides what to show.
 */
export function AccessGate({ children }: { children: ReactNode }) {
  const access = useAccess();
  if (access.state === 'loading') return <p className="gate">Opening FasciaMap…</p>;
  if (access.state === 'failed') {
    return (
      <main className="gate">
        <p className="gate__error" role="alert">
          FasciaMap could not reach its data: {access.message}
        </p>
      </main>
    );
  }
  const status = access.value;
  if (status.recovery) return <RecoveryScreen recovery={status.recovery} />;
  if (status.state === 'setup') return <FirstRunScreen />;
  if (status.state === 'locked') return <LockScreen profiles={status.profiles} />;
  return <Unlocked idleSeconds={status.idleLockSeconds}>{children}</Unlocked>;
}

function Unlocked({ idleSeconds, children }: { idleSeconds: number; children: ReactNode }) {
  // What shows next is main's answer to access.status, asked again after the lock, so the screen
  // and main's lock cannot disagree.
  const lock = useCallback(() => void call('access.lock', {}), []);
  useIdleLock(idleSeconds, lock);
  return (
    <>
      <DiskProblemAlert />
      {children}
    </>
  );
}
