-- Snooze: a conversation leaves the open lists until snoozed_until (ISO-8601 UTC), then the
-- hub wakes it (SnoozeAlarm); a guest message wakes it at once. NULL: not snoozed.
ALTER TABLE conversations ADD COLUMN snoozed_until TEXT;
-- ;
CREATE INDEX conversations_snoozed ON conversations(snoozed_until) WHERE snoozed_until IS NOT NULL;
-- ;
-- What the person who completed a task wrote about it ("left 2 towels at the door").
ALTER TABLE tasks ADD COLUMN completion_note TEXT;
