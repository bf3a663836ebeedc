-- Hiring's PostgreSQL schema for Orleans' ADO.NET clustering and reminders (10.4.x). Grain state is Hiring's own
-- (state-postgres.sql), not Orleans' ADO.NET persistence.
--
-- The providers find their SQL in OrleansQuery by key, bind parameters by name (@DeploymentId, @GrainHash, ...)
-- and read result columns by name (case-insensitively: PostgreSQL folds unquoted names to lower case).
-- Those keys, parameters and columns are the contract; the tables and statements are ours. Each statement
-- is one atomic SQL statement (no stored functions), so a conditional write either happens whole or not at all.
--
-- Idempotent: `hiring db migrate` runs it on every call; tables are created once, queries are replaced.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey text NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);

-- Membership: one version row per cluster (every change bumps it, optimistically), one row per silo.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId text NOT NULL PRIMARY KEY,
    Timestamp timestamptz NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId text NOT NULL,
    Address text NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName text NOT NULL,
    HostName text NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes text NULL,
    StartTime timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Reminders, scoped by service id. GrainHash holds the grain's uint ring hash as the provider sends it (an int).
CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId text NOT NULL,
    GrainId text NOT NULL,
    ReminderName text NOT NULL,
    StartTime timestamptz NOT NULL,
    Period bigint NOT NULL,
    GrainHash integer NOT NULL,
    Version integer NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_Ring ON OrleansRemindersTable (ServiceId, ((GrainHash::bigint & 4294967295)));

-- The cluster's version row, locked, when it still holds the version a membership write was based on; no row otherwise.
CREATE OR REPLACE FUNCTION hiring_membership_claim(deployment text, expected integer) RETURNS SETOF text
LANGUAGE sql AS $f$
    SELECT DeploymentId FROM OrleansMembershipVersionTable
    WHERE DeploymentId = deployment AND Version = expected
    FOR UPDATE
$f$;

-- Moves the cluster's version on after a membership write (the caller holds the row); 1 when it did.
CREATE OR REPLACE FUNCTION hiring_membership_advance(deployment text) RETURNS integer
LANGUAGE sql AS $f$
    WITH advanced AS (
        UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = deployment
        RETURNING 1)
    SELECT count(*)::integer FROM advanced
$f$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Clustering ---------------------------------------------------------------------------------------------------

('InsertMembershipVersionKey', $q$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId::text)
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM created
$q$),

-- A membership write holds the version the silo read: the version row is claimed (locked) only while it still
-- holds it, so of two racing writers exactly one proceeds, and the write then moves the version on.
('InsertMembershipKey', $q$
    WITH inserted AS (
        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT claimed, @Address::text, @Port::integer, @Generation::integer, @SiloName::text, @HostName::text,
            @Status::integer, @ProxyPort::integer, @StartTime::timestamptz, @IAmAliveTime::timestamptz
        FROM hiring_membership_claim(@DeploymentId::text, @Version::integer) AS claimed
        ON CONFLICT DO NOTHING
        RETURNING DeploymentId)
    SELECT COALESCE(sum(hiring_membership_advance(DeploymentId)), 0)::integer FROM inserted
$q$),

('UpdateMembershipKey', $q$
    WITH updated AS (
        UPDATE OrleansMembershipTable
        SET Status = @Status::integer, SuspectTimes = @SuspectTimes::text, IAmAliveTime = @IAmAliveTime::timestamptz
        WHERE DeploymentId IN (SELECT hiring_membership_claim(@DeploymentId::text, @Version::integer))
            AND Address = @Address::text AND Port = @Port::integer AND Generation = @Generation::integer
        RETURNING DeploymentId)
    SELECT COALESCE(sum(hiring_membership_advance(DeploymentId)), 0)::integer FROM updated
$q$),

('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime::timestamptz
    WHERE DeploymentId = @DeploymentId::text
        AND Address = @Address::text AND Port = @Port::integer AND Generation = @Generation::integer
$q$),

-- The version row comes back even when the silo has no row yet (then StartTime is null: "no entry").
('MembershipReadRowKey', $q$
    SELECT m.*, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
        AND m.Address = @Address::text AND m.Port = @Port::integer AND m.Generation = @Generation::integer
    WHERE v.DeploymentId = @DeploymentId::text
$q$),

('MembershipReadAllKey', $q$
    SELECT m.*, v.Version
    FROM OrleansMembershipVersionTable v LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId::text
$q$),

('DeleteMembershipTableEntriesKey', $q$
    WITH silos AS (DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId::text)
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId::text
$q$),

('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId::text AND Status = @Status::integer AND ProxyPort > 0
$q$),

-- Status 6 is Dead.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId::text AND Status = 6
        AND IAmAliveTime < @IAmAliveTime::timestamptz AND StartTime < @IAmAliveTime::timestamptz
        AND COALESCE(SuspectTimes, '') = ''
$q$),

('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId::text AND Status = 6
        AND Address = @Address::text AND Port = @Port::integer AND Generation = @Generation::integer
        AND IAmAliveTime = @IAmAliveTime::timestamptz AND StartTime = @StartTime::timestamptz
        AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes::text
$q$),

-- Reminders ----------------------------------------------------------------------------------------------------
-- Ring ranges are (BeginHash, EndHash] over unsigned hashes; the provider sends them as signed ints, so both
-- sides are compared as their unsigned values. Period is in milliseconds.

('UpsertReminderRowKey', $q$
    INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId::text, @GrainId::text, @ReminderName::text, @StartTime::timestamptz, @Period::bigint, @GrainHash::integer, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
        Version = OrleansRemindersTable.Version + 1
    RETURNING Version
$q$),

('ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::text AND GrainId = @GrainId::text
$q$),

('ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::text AND GrainId = @GrainId::text AND ReminderName = @ReminderName::text
$q$),

('ReadRangeRows1Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::text
        AND (GrainHash::bigint & 4294967295) > (@BeginHash::bigint & 4294967295)
        AND (GrainHash::bigint & 4294967295) <= (@EndHash::bigint & 4294967295)
$q$),

('ReadRangeRows2Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::text
        AND ((GrainHash::bigint & 4294967295) > (@BeginHash::bigint & 4294967295)
            OR (GrainHash::bigint & 4294967295) <= (@EndHash::bigint & 4294967295))
$q$),

('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId::text AND GrainId = @GrainId::text AND ReminderName = @ReminderName::text
            AND Version = @Version::integer
        RETURNING 1)
    SELECT count(*)::integer FROM deleted
$q$),

('DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId::text
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
