/** The groups panel with each group's live controls: composed here so views never import controls. */
import type { GroupView } from '../engine';
import { GroupControls } from '../controls/GroupControls';
import { GroupConfigControls } from '../controls/GroupConfigControls';
import { GroupsPanel } from '../views/group/GroupCard';

function groupControls(group: GroupView) {
  return (
    <>
      <GroupControls group={group} />
      <GroupConfigControls group={group} />
    </>
  );
}

export function GroupsWithControls() {
  return <GroupsPanel controls={groupControls} />;
}
