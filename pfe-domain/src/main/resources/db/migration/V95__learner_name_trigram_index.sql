-- The learner search (LearnerDirectory) looks for each word of a name anywhere in the learner's name key
-- (name_key like '%word%'): on a region's ten years of learners (some 200,000, benchmarks/regional.sh) without an
-- index that is a scan of every learner per search. A trigram index (pg_trgm) answers such patterns of three letters
-- or more. pg_trgm is a contrib extension, trusted from PostgreSQL 13 (a database owner may create it); where it
-- is missing or may not be created, the search keeps working, only without this index.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm could not be created (%): the learner search by name reads every learner', sqlerrm;
end $$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index if not exists learner_name_key_trigram on learner using gin (name_key gin_trgm_ops)';
    end if;
end $$;
