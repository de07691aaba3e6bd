"""The Plan section of the case file: the section (`section`), the plan as a tree (`tree`),
the goal dialog with its first actions (`goal_dialogs`), the action dialog
(`action_dialog`), evaluation, vaststellen and decision dialogs (`review_dialogs`), the
history with the version comparison (`history`), and what the dialogs share (`choices`,
`common`)."""
