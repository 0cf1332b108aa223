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
  const [access, refresh] = useAccess();
  if (access.phase === 'loading') return <p className="gate">Opening FasciaMap…</p>;
  if (access.phase === 'failed') {
    return (
      <main className="gate">
        <p className="gate__error" role="alert">
          FasciaMap could not reach its data: {access.message}
        </p>
      </main>
    );
  }
  const { status } = access;
  if (status.recovery) return <RecoveryScreen recovery={status.recovery} onRestored={refresh} />;
  if (status.state === 'setup') return <FirstRunScreen onCreated={refresh} />;
  if (status.state === 'locked') return <LockScreen profiles={status.profiles} onUnlocked={refresh} />;
  return (
    <Unlocked idleSeconds={status.idleLockSeconds} onLocked={refresh}>
      {children}
    </Unlocked>
  );
}

function Unlocked({
  idleSeconds,
  onLocked,
  children,
}: {
  idleSeconds: number;
  onLocked: () => void;
  children: ReactNode;
}) {
  const lock = useCallback(() => {
    // Then ask main what to show, so the screen and main's lock cannot disagree.
    void call('access.lock', {}).finally(onLocked);
  }, [onLocked]);
  useIdleLock(idleSeconds, lock);
  return (
    <>
      <DiskProblemAlert />
      {children}
    </>
  );
}
