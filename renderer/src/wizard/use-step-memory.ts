import { useEffect, useRef } from 'react';
import { useRouter } from '../app/router';
import { useProject } from '../project/project-context';
import { isStepId } from '../project/steps';

/**
 * Reopening a project lands on the step the user was on (ProjectDraft.step); moving to another
 * step remembers it. The stored step wins once, when the draft arrives.
 */
export function useStepMemory(stepId: string): void {
  const { draft, draftLoaded, updateDraft } = useProject();
  const { route, navigate } = useRouter();
  const restored = useRef(false);

  useEffect(() => {
    if (!draftLoaded || restored.current) return;
    restored.current = true;
    const stored = draft.step;
    if (stored && isStepId(stored) && stored !== stepId && route.name === 'project') navigate({ ...route, step: stored });
  }, [draftLoaded, draft.step, stepId, route, navigate]);

  useEffect(() => {
    if (!draftLoaded || !restored.current || draft.step === stepId || !isStepId(stepId)) return;
    updateDraft({ step: stepId });
  }, [draftLoaded, draft.step, stepId, updateDraft]);
}
