import { useEffect, useState, type ReactNode } from 'react';
import { getStartupProblem, type StartupProblem } from '../../api/startup';
import { ProblemScreen } from './ProblemScreen';

type State =
  { state: 'checking' } | { state: 'open' } | { state: 'problem'; problem: StartupProblem };

/**
 * StartupGate asks Go first whether the workspace opened. Only then does the
 * app (children) mount and call anything else; when it did not open, the
 * problem screen takes the whole window instead.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const [s, setS] = useState<State>({ state: 'checking' });
  useEffect(() => {
    let current = true;
    getStartupProblem().then(
      (problem) => {
        if (current) setS(problem ? { state: 'problem', problem } : { state: 'open' });
      },
      (err: unknown) => {
        // An app without the question still works as before; the services
        // themselves refuse if the workspace is not open.
        console.warn('start-up check unavailable', err);
        if (current) setS({ state: 'open' });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  if (s.state === 'checking') return null;
  if (s.state === 'problem') return <ProblemScreen problem={s.problem} />;
  return children;
}
