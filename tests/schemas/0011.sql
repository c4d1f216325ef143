-- The schema of a book written by the rmdesk release whose head was 0011.
-- Read off a book that release made; never edit (tests/test_migrations.py).
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE contacts (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	nickname VARCHAR(100) NOT NULL, 
	gender VARCHAR(16), 
	birthday_calendar VARCHAR(8), 
	birthday_year INTEGER, 
	birthday_month INTEGER, 
	birthday_day INTEGER, 
	birthday_leap BOOLEAN NOT NULL, 
	company VARCHAR(200) NOT NULL, 
	title VARCHAR(100) NOT NULL, 
	occupation VARCHAR(100) NOT NULL, 
	education VARCHAR(16), 
	marital_status VARCHAR(16), 
	income_band VARCHAR(16), 
	hobbies TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	lead_source VARCHAR(16), 
	q_need VARCHAR(8) NOT NULL, 
	q_afford VARCHAR(8) NOT NULL, 
	q_good_client VARCHAR(8) NOT NULL, 
	q_authority VARCHAR(8) NOT NULL, 
	q_value VARCHAR(8) NOT NULL, 
	stage VARCHAR(16), 
	key_client BOOLEAN NOT NULL, 
	introduced_by_id INTEGER, 
	sort_key VARCHAR(400) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted_at DATETIME, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_contacts PRIMARY KEY (id), 
	CONSTRAINT fk_contacts_introduced_by_id_contacts FOREIGN KEY(introduced_by_id) REFERENCES contacts (id) ON DELETE SET NULL
);
CREATE TABLE phones (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	label VARCHAR(16) NOT NULL, 
	number VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_phones PRIMARY KEY (id), 
	CONSTRAINT fk_phones_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE addresses (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	text VARCHAR(300) NOT NULL, 
	province VARCHAR(50) NOT NULL, 
	city VARCHAR(50) NOT NULL, 
	district VARCHAR(50) NOT NULL, 
	lat FLOAT, 
	lon FLOAT, 
	CONSTRAINT pk_addresses PRIMARY KEY (id), 
	CONSTRAINT fk_addresses_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE ties (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	detail VARCHAR(200) NOT NULL, 
	CONSTRAINT pk_ties PRIMARY KEY (id), 
	CONSTRAINT fk_ties_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE friend_kinds (
	contact_id INTEGER NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	CONSTRAINT pk_friend_kinds PRIMARY KEY (contact_id, kind), 
	CONSTRAINT fk_friend_kinds_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE tags (
	contact_id INTEGER NOT NULL, 
	tag VARCHAR(50) NOT NULL, 
	CONSTRAINT pk_tags PRIMARY KEY (contact_id, tag), 
	CONSTRAINT fk_tags_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE contact_search (
	alive BOOLEAN NOT NULL, 
	sort_key VARCHAR(400) NOT NULL, 
	contact_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_contact_search PRIMARY KEY (alive, sort_key, contact_id), 
	CONSTRAINT uq_contact_search_contact_id UNIQUE (contact_id), 
	CONSTRAINT fk_contact_search_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
)
 WITHOUT ROWID;
CREATE TABLE visit_plans (
	id INTEGER NOT NULL, 
	uid VARCHAR(64) NOT NULL, 
	contact_id INTEGER NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	purpose VARCHAR(16) NOT NULL, 
	content TEXT NOT NULL, 
	day DATE NOT NULL, 
	fixed BOOLEAN NOT NULL, 
	window_start VARCHAR(5) NOT NULL, 
	window_end VARCHAR(5) NOT NULL, 
	duration_min INTEGER NOT NULL, 
	person_name VARCHAR(100) NOT NULL, 
	person_role VARCHAR(100) NOT NULL, 
	place_text VARCHAR(300) NOT NULL, 
	place_lat FLOAT, 
	place_lon FLOAT, 
	formality VARCHAR(16) NOT NULL, 
	setting VARCHAR(16) NOT NULL, 
	audience VARCHAR(16) NOT NULL, 
	route_order INTEGER, 
	route_arrive DATETIME, 
	route_depart DATETIME, 
	strategy TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, sequence INTEGER DEFAULT '0' NOT NULL, version INTEGER DEFAULT '1' NOT NULL, address_kind VARCHAR(16), 
	CONSTRAINT pk_visit_plans PRIMARY KEY (id), 
	CONSTRAINT uq_visit_plans_uid UNIQUE (uid), 
	CONSTRAINT fk_visit_plans_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE visit_materials (
	plan_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	item VARCHAR(200) NOT NULL, 
	packed BOOLEAN NOT NULL, 
	CONSTRAINT pk_visit_materials PRIMARY KEY (plan_id, position), 
	CONSTRAINT fk_visit_materials_plan_id_visit_plans FOREIGN KEY(plan_id) REFERENCES visit_plans (id) ON DELETE CASCADE
);
CREATE TABLE book_settings (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_book_settings PRIMARY KEY ("key")
);
CREATE TABLE dossiers (
	contact_id INTEGER NOT NULL, 
	address_as VARCHAR(50) NOT NULL, 
	id_number VARCHAR(32) NOT NULL, 
	ethnicity VARCHAR(50) NOT NULL, 
	hukou VARCHAR(100) NOT NULL, 
	nationality VARCHAR(50) NOT NULL, 
	blood_type VARCHAR(8) NOT NULL, 
	height_cm INTEGER, 
	weight_kg INTEGER, 
	education_notes TEXT NOT NULL, 
	family_notes TEXT NOT NULL, 
	people_notes TEXT NOT NULL, 
	career_notes TEXT NOT NULL, 
	health TEXT NOT NULL, 
	drinks VARCHAR(100) NOT NULL, 
	drink_amount VARCHAR(100) NOT NULL, 
	smoking VARCHAR(16), 
	cuisines VARCHAR(200) NOT NULL, 
	allergies VARCHAR(200) NOT NULL, 
	restaurants TEXT NOT NULL, 
	life_notes TEXT NOT NULL, 
	religion VARCHAR(100) NOT NULL, 
	taboos TEXT NOT NULL, 
	style VARCHAR(16), 
	character_notes TEXT NOT NULL, 
	experience_notes TEXT NOT NULL, 
	opinion_of_us TEXT NOT NULL, 
	competitor_banks VARCHAR(300) NOT NULL, 
	favoured_bank VARCHAR(100) NOT NULL, 
	first_business DATE, 
	business_with_us TEXT NOT NULL, 
	bank_relationship VARCHAR(16), 
	other_notes TEXT NOT NULL, 
	introduction VARCHAR(16), 
	introducer_thanked DATE, 
	completeness INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, wedding_date DATE, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_dossiers PRIMARY KEY (contact_id), 
	CONSTRAINT fk_dossiers_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE dossier_people (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	circle VARCHAR(16) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	relation VARCHAR(100) NOT NULL, 
	occupation VARCHAR(100) NOT NULL, 
	closeness INTEGER NOT NULL, 
	linked_id INTEGER, 
	CONSTRAINT pk_dossier_people PRIMARY KEY (id), 
	CONSTRAINT fk_dossier_people_contact_id_dossiers FOREIGN KEY(contact_id) REFERENCES dossiers (contact_id) ON DELETE CASCADE, 
	CONSTRAINT fk_dossier_people_linked_id_contacts FOREIGN KEY(linked_id) REFERENCES contacts (id) ON DELETE SET NULL
);
CREATE TABLE dossier_jobs (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	employer VARCHAR(200) NOT NULL, 
	role VARCHAR(100) NOT NULL, 
	years VARCHAR(50) NOT NULL, 
	CONSTRAINT pk_dossier_jobs PRIMARY KEY (id), 
	CONSTRAINT fk_dossier_jobs_contact_id_dossiers FOREIGN KEY(contact_id) REFERENCES dossiers (contact_id) ON DELETE CASCADE
);
CREATE TABLE industries (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	cost_structure TEXT NOT NULL, 
	profitability TEXT NOT NULL, 
	dependencies TEXT NOT NULL, 
	substitutability TEXT NOT NULL, 
	life_cycle VARCHAR(16), 
	competition TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_industries PRIMARY KEY (id), 
	CONSTRAINT uq_industries_name UNIQUE (name)
);
CREATE TABLE companies (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	scale VARCHAR(200) NOT NULL, 
	stage VARCHAR(16), 
	products TEXT NOT NULL, 
	management TEXT NOT NULL, 
	finance TEXT NOT NULL, 
	related_companies TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	industry_id INTEGER, version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_companies PRIMARY KEY (id), 
	CONSTRAINT uq_companies_name UNIQUE (name), 
	CONSTRAINT fk_companies_industry_id_industries FOREIGN KEY(industry_id) REFERENCES industries (id) ON DELETE SET NULL
);
CREATE TABLE company_roles (
	company_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	role VARCHAR(16) NOT NULL, 
	CONSTRAINT pk_company_roles PRIMARY KEY (company_id, contact_id, role), 
	CONSTRAINT fk_company_roles_company_id_companies FOREIGN KEY(company_id) REFERENCES companies (id) ON DELETE CASCADE, 
	CONSTRAINT fk_company_roles_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE
);
CREATE TABLE calendar_sync (
	uid VARCHAR(200) NOT NULL, 
	href VARCHAR(500) NOT NULL, 
	etag VARCHAR(200) NOT NULL, 
	sequence INTEGER NOT NULL, 
	fingerprint VARCHAR(64) NOT NULL, 
	synced_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_sync PRIMARY KEY (uid)
);
CREATE INDEX ix_contacts_book_order ON contacts (deleted_at, sort_key, id);
CREATE INDEX ix_phones_contact_id ON phones (contact_id);
CREATE INDEX ix_addresses_contact_id ON addresses (contact_id);
CREATE INDEX ix_addresses_district ON addresses (district);
CREATE INDEX ix_ties_kind_contact ON ties (kind, contact_id);
CREATE INDEX ix_ties_contact ON ties (contact_id);
CREATE INDEX ix_addresses_lat_lon ON addresses (lat, lon);
CREATE INDEX ix_visit_plans_day ON visit_plans (day, status);
CREATE INDEX ix_visit_plans_contact ON visit_plans (contact_id, day);
CREATE INDEX ix_dossiers_completeness ON dossiers (completeness);
CREATE INDEX ix_dossier_people_contact_id ON dossier_people (contact_id);
CREATE INDEX ix_dossier_jobs_contact_id ON dossier_jobs (contact_id);
CREATE INDEX ix_dossier_people_linked_id ON dossier_people (linked_id);
CREATE INDEX ix_companies_industry_id ON companies (industry_id);
CREATE INDEX ix_company_roles_contact_id ON company_roles (contact_id);
INSERT INTO alembic_version (version_num) VALUES ('0011');
