import { selectAssessment } from '@renderer/stores/checklist/selectors';
import { useChecklistStore } from '@renderer/stores/checklist/store';
import { OpenRoomPanel } from '../live/OpenRoomPanel';

/** A validation workshop: the national team votes on each item's result from their own devices. */
export function ValidationTab() {
  const assessment = useChecklistStore(selectAssessment);
  if (!assessment) return null;
  return <OpenRoomPanel target={{ kind: 'vote', assessmentId: assessment.id }} />;
}
