CREATE TABLE "system_marker" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "signer_name" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "signer_position" text;