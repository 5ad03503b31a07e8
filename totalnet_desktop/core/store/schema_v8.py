"""Schema version 8 (frozen): chapter leadership. Testimonial slips, power teams (contact spheres) with
their classifications and members, the meeting agenda per chapter, visitor pipeline stages, the
feature-presentation rota, members' dates away, who spoke at a meeting, and chapters' own
traffic-light schemes. Written out as SQL so later model changes never rewrite this step."""

STATEMENTS = (
    'CREATE TABLE "testimonial" ("id" INTEGER NOT NULL PRIMARY KEY, "date" DATE NOT NULL, "meeting_id" INTEGER, "giver_id" INTEGER NOT NULL, "about_id" INTEGER, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL, FOREIGN KEY ("giver_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("about_id") REFERENCES "contact" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "testimonial_date" ON "testimonial" ("date")',
    'CREATE INDEX "testimonial_meeting_id" ON "testimonial" ("meeting_id")',
    'CREATE INDEX "testimonial_giver_id" ON "testimonial" ("giver_id")',
    'CREATE INDEX "testimonial_about_id" ON "testimonial" ("about_id")',
    'CREATE TABLE "power_team" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "power_team_chapter_id_name" ON "power_team" ("chapter_id", "name")',
    'CREATE TABLE "power_team_classification" ("id" INTEGER NOT NULL PRIMARY KEY, "team_id" INTEGER NOT NULL, "classification" VARCHAR(255) NOT NULL, FOREIGN KEY ("team_id") REFERENCES "power_team" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "power_team_classification_team_id_classification" ON "power_team_classification" ("team_id", "classification")',
    'CREATE TABLE "power_team_member" ("id" INTEGER NOT NULL PRIMARY KEY, "team_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, FOREIGN KEY ("team_id") REFERENCES "power_team" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "power_team_member_contact_id" ON "power_team_member" ("contact_id")',
    'CREATE UNIQUE INDEX "power_team_member_team_id_contact_id" ON "power_team_member" ("team_id", "contact_id")',
    'CREATE TABLE "agenda_segment" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "seconds" INTEGER NOT NULL, "per_speaker" INTEGER NOT NULL, FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "agenda_segment_chapter_id" ON "agenda_segment" ("chapter_id")',
    'CREATE TABLE "visitor_stage" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, "stage" VARCHAR(255) NOT NULL, "changed_on" DATE NOT NULL, FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "visitor_stage_contact_id" ON "visitor_stage" ("contact_id")',
    'CREATE UNIQUE INDEX "visitor_stage_chapter_id_contact_id" ON "visitor_stage" ("chapter_id", "contact_id")',
    'CREATE TABLE "feature_presentation" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, "date" DATE NOT NULL, FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "feature_presentation_contact_id" ON "feature_presentation" ("contact_id")',
    'CREATE UNIQUE INDEX "feature_presentation_chapter_id_date" ON "feature_presentation" ("chapter_id", "date")',
    'CREATE TABLE "member_away" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, "start" DATE NOT NULL, "end" DATE NOT NULL, FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "member_away_chapter_id" ON "member_away" ("chapter_id")',
    'CREATE INDEX "member_away_contact_id" ON "member_away" ("contact_id")',
    'CREATE TABLE "speaker_record" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "contact_id" INTEGER, "name" VARCHAR(255) NOT NULL, "segment" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, "allowed_seconds" INTEGER NOT NULL, "spoken_seconds" INTEGER NOT NULL, "skipped" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "speaker_record_meeting_id" ON "speaker_record" ("meeting_id")',
    'CREATE INDEX "speaker_record_contact_id" ON "speaker_record" ("contact_id")',
    'CREATE TABLE "traffic_light_scheme" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "traffic_light_scheme_chapter_id_name" ON "traffic_light_scheme" ("chapter_id", "name")',
)
