-- Talent pools in cluster mode (PostgresProfileStore): the embedded store's tables (ProfileStoreSchema), shared by
-- every node. A pool is "public" or "tenant:{id}"; every statement names its pool, so no tenant reads another's rows.
-- Instants are UTC ticks (bigint), as the embedded store keeps them, so they read back to the tick.
--
-- Each pool's changes are numbered by its row in hiring_talent_changes: a write locks it, takes the next numbers for
-- the profiles it stores (or the tombstone it records) and stores the last before it commits, so numbers follow
-- commit order and a node's index that remembers the last number it applied misses nothing (TalentIndexFollower).
-- Writes announce themselves with NOTIFY hiring_talent_changes (the pool as payload).
--
-- Idempotent: `hiring db migrate` runs it on every call.

CREATE TABLE IF NOT EXISTS hiring_talent_profiles
(
    pool text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    schema_version integer NOT NULL,
    updated_at bigint NOT NULL,
    payload text NOT NULL,
    change bigint NOT NULL,
    PRIMARY KEY (pool, id)
);
CREATE INDEX IF NOT EXISTS hiring_talent_profiles_by_change ON hiring_talent_profiles (pool, change);
CREATE INDEX IF NOT EXISTS hiring_talent_profiles_by_update ON hiring_talent_profiles (pool, updated_at);

CREATE TABLE IF NOT EXISTS hiring_talent_changes
(
    pool text COLLATE "C" NOT NULL PRIMARY KEY,
    last bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS hiring_talent_protected_attributes
(
    pool text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    gender text NOT NULL,
    age_band text NOT NULL,
    name_group text NOT NULL,
    PRIMARY KEY (pool, id)
);

-- An erased person: no personal data, only what keeps them from being stored again, and the change that removes
-- them from every node's index.
CREATE TABLE IF NOT EXISTS hiring_talent_tombstones
(
    pool text COLLATE "C" NOT NULL,
    id text COLLATE "C" NOT NULL,
    erased_at bigint NOT NULL,
    erased_by text NOT NULL,
    change bigint NOT NULL,
    PRIMARY KEY (pool, id)
);
CREATE INDEX IF NOT EXISTS hiring_talent_tombstones_by_change ON hiring_talent_tombstones (pool, change);
