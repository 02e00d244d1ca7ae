/** Which panels are shown: the lesson step's, else the lesson's, else the scenario's — or all on request. */
import { PANEL_IDS, type PanelId } from '../../scenarios/panels';
import { useKafka } from '../../store/StoreContext';
import { useLesson } from '../../store/useLesson';

export function useVisiblePanels(): { shown: ReadonlySet<PanelId>; hidden: number; focused: boolean } {
  const scenarioPanels = useKafka((s) => s.scenario.panels);
  const lessonPanels = useLesson((s) =>
    s.lesson ? (s.lesson.steps[s.stepIndex]?.panels ?? s.lesson.panels) : null,
  );
  const showAll = useLesson((s) => s.showAllPanels);
  const focus = (lessonPanels ?? scenarioPanels ?? PANEL_IDS) as readonly PanelId[];
  const focused = focus.length < PANEL_IDS.length;
  const shown = new Set<PanelId>(showAll ? PANEL_IDS : focus);
  return { shown, hidden: PANEL_IDS.length - shown.size, focused };
}
