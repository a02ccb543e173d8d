export namespace app {
	
	export enum ImportConflict {
	    CLIENT = "client",
	    NONE = "",
	    RECORDS = "records",
	}
	export enum ImportStatus {
	    CONFLICT = "conflict",
	    IMPORTED = "imported",
	}
	export enum Picture {
	    MAP = "map",
	    ORGCHART = "orgchart",
	    RADAR = "radar",
	}
	export enum PictureFormat {
	    PNG = "png",
	    SVG = "svg",
	}
	export enum ProblemKind {
	    BUSY = "busy",
	    DAMAGED = "damaged",
	    DISK_FULL = "disk_full",
	    NEWER = "newer",
	    NONE = "",
	    UNREADABLE = "unreadable",
	}
	export interface AudienceSections {
	    audience: audience.Audience;
	    sections: audience.Section[];
	    defaults: audience.Section[];
	}
	export interface BundleImport {
	    status: ImportStatus;
	    conflict: ImportConflict;
	    token: string;
	    file_name: string;
	    client_id: string;
	    client_name: string;
	    workshops: number;
	}
	export interface WorkshopSummary {
	    id: string;
	    title: string;
	    date: string;
	}
	export interface ClientSummary {
	    id: string;
	    name: string;
	    industry: string;
	    location: string;
	    workshops: WorkshopSummary[];
	}
	export interface ContactPreview {
	    token: string;
	    file_name: string;
	    format: string;
	    encoding: string;
	    people: kam.Stakeholder[];
	    problems: contacts.Problem[];
	}
	export interface Deleted {
	    undo_id: string;
	    kind: string;
	    id: string;
	    name: string;
	}
	export interface Problem {
	    code: string;
	    kind: ProblemKind;
	    message: string;
	    backup_name: string;
	}
	export interface ReportContents {
	    audiences: AudienceSections[];
	    client_name: string;
	    participants: number;
	    questions: number;
	    answered: number;
	    not_applicable: number;
	    findings: number;
	    notes: number;
	    previous_title: string;
	    previous_date: string;
	    stakeholders: number;
	    relations: number;
	    reporting_lines: number;
	    competitors: number;
	    swot: number;
	    opportunities: number;
	    arguments: number;
	    actions: number;
	    internal_actions: number;
	}
	export interface ReportOptions {
	    lang: string;
	    audience: audience.Audience;
	    sections: audience.Section[];
	}
	export interface RestoreResult {
	    saved: string;
	    restart: boolean;
	}
	export interface Restored {
	    kind: string;
	    id: string;
	    client_id: string;
	    workshop_id?: string;
	    name: string;
	}
	export interface RoomVotingStatus {
	    on: boolean;
	    workshop_id: string;
	    lang: string;
	    url: string;
	    address: string;
	    code: string;
	    qr: string;
	    networks: roomvote.Network[];
	    question_id: string;
	    revealed: boolean;
	    phones: number;
	    voted: number;
	    code_dead: boolean;
	}
	export interface StartPage {
	    recent: kam.RecentWorkshop[];
	    due: kam.DueAction[];
	    today: string;
	    days: number;
	}
	export interface Welcome {
	    client_id: string;
	    workshop_id: string;
	}
	
	export interface WorkspaceInfo {
	    path: string;
	    schema_version: number;
	    version: string;
	}

}

export namespace audience {
	
	export enum Audience {
	    CUSTOMER = "customer",
	    INTERNAL = "internal",
	}
	export enum Section {
	    ACTIONS = "actions",
	    ARGUMENTS = "arguments",
	    ASSESSMENT = "assessment",
	    COMPETITORS = "competitors",
	    COVER = "cover",
	    OPPORTUNITIES = "opportunities",
	    ORGCHART = "orgchart",
	    STAKEHOLDERS = "stakeholders",
	    SUMMARY = "summary",
	    SWOT = "swot",
	}

}

export namespace catalog {
	
	export interface Guide {
	    "0": Text;
	    "2": Text;
	    "4": Text;
	}
	export interface Option {
	    id: string;
	    label: Text;
	}
	export interface Question {
	    id: string;
	    number: string;
	    text: Text;
	    followups: Text[];
	    options: Option[];
	    guide: Guide;
	}
	export interface Text {
	    de: string;
	    en: string;
	}
	export interface Area {
	    id: string;
	    title: Text;
	    intro: Text;
	    questions: Question[];
	}
	export interface Catalog {
	    version: string;
	    areas: Area[];
	}
	
	
	

}

export namespace contacts {
	
	export enum Skip {
	    NONE = "",
	    ON_MAP = "on_map",
	    REPEATED = "repeated",
	}
	export interface Problem {
	    line: number;
	    reason: string;
	    kind: string;
	    field?: string;
	    rule?: string;
	    max?: number;
	    last_line?: number;
	    skipped?: Skip;
	    name?: string;
	}

}

export namespace kam {
	
	export enum ArgumentRole {
	    CHAMPION = "champion",
	    DECISION_MAKER = "decision_maker",
	    ECONOMIC_BUYER = "economic_buyer",
	    GATEKEEPER = "gatekeeper",
	    INFLUENCER = "influencer",
	    NONE = "",
	    OTHER = "other",
	    TECHNICAL_BUYER = "technical_buyer",
	    USER = "user",
	}
	export enum Band {
	    HIGH = "high",
	    LOW = "low",
	    MID = "mid",
	}
	export enum BuyingRole {
	    CHAMPION = "champion",
	    DECISION_MAKER = "decision_maker",
	    ECONOMIC_BUYER = "economic_buyer",
	    GATEKEEPER = "gatekeeper",
	    INFLUENCER = "influencer",
	    OTHER = "other",
	    TECHNICAL_BUYER = "technical_buyer",
	    USER = "user",
	}
	export enum Department {
	    FINANCE = "finance",
	    IT = "it",
	    MANAGEMENT = "management",
	    MARKETING = "marketing",
	    OPERATIONS = "operations",
	    OTHER = "other",
	    PURCHASING = "purchasing",
	    SALES = "sales",
	    SPECIALIST = "specialist",
	    WORKS_COUNCIL = "works_council",
	}
	export enum GapKind {
	    DEPARTMENT_UNCOVERED = "department_uncovered",
	    NO_CONTACT = "no_contact",
	    NO_OWNER = "no_owner",
	    OPPOSED_DECIDER = "opposed_decider",
	    PORTFOLIO_UNKNOWN = "portfolio_unknown",
	    STALE_CONTACT = "stale_contact",
	}
	export enum Priority {
	    HIGH = "high",
	    LOW = "low",
	    MEDIUM = "medium",
	}
	export enum RelationKind {
	    CONFLICT = "conflict",
	    INFLUENCES = "influences",
	    REPORTS_TO = "reports_to",
	}
	export enum Side {
	    CUSTOMER = "customer",
	    OURS = "ours",
	}
	export enum Stage {
	    LEAD = "lead",
	    LOST = "lost",
	    NEGOTIATION = "negotiation",
	    PROPOSAL = "proposal",
	    QUALIFIED = "qualified",
	    WON = "won",
	}
	export enum Status {
	    DONE = "done",
	    IN_PROGRESS = "in_progress",
	    OPEN = "open",
	}
	export interface Action {
	    id: string;
	    workshop_id?: string;
	    title: string;
	    owner: string;
	    due: string;
	    priority: Priority;
	    probability: number;
	    status: Status;
	    question_id: string;
	    internal: boolean;
	    updated_at?: string;
	}
	export interface Answer {
	    workshop_id?: string;
	    question_id: string;
	    rating?: number | null;
	    na: boolean;
	    finding: string;
	    notes: string;
	    follow_up: boolean;
	    checked: string[];
	    updated_at?: string;
	}
	export interface AreaScore {
	    id: string;
	    score?: number | null;
	    answered: number;
	    na: number;
	    total: number;
	}
	export interface Argument {
	    id: string;
	    client_id?: string;
	    feature: string;
	    advantage: string;
	    benefit: string;
	    buying_role: ArgumentRole;
	    position: number;
	    updated_at?: string;
	}
	export interface SWOT {
	    strengths: string;
	    weaknesses: string;
	    opportunities: string;
	    threats: string;
	}
	export interface Client {
	    id: string;
	    name: string;
	    industry: string;
	    location: string;
	    notes: string;
	    swot: SWOT;
	    updated_at?: string;
	}
	export interface Competitor {
	    id: string;
	    client_id?: string;
	    name: string;
	    location: string;
	    strengths: string;
	    weaknesses: string;
	    partners: string;
	    counter: string;
	    threat: number;
	    updated_at?: string;
	}
	export interface DueAction {
	    id: string;
	    workshop_id?: string;
	    title: string;
	    owner: string;
	    due: string;
	    priority: Priority;
	    probability: number;
	    status: Status;
	    question_id: string;
	    internal: boolean;
	    workshop_title: string;
	    client_id: string;
	    client_name: string;
	}
	export interface Gap {
	    kind: GapKind;
	    department?: Department;
	    stakeholder_id?: string;
	    name?: string;
	    days?: number;
	}
	export interface Opportunity {
	    id: string;
	    client_id?: string;
	    title: string;
	    value: number;
	    stage: Stage;
	    probability: number;
	    expected_close: string;
	    next_step: string;
	    updated_at?: string;
	}
	export interface Participant {
	    id: string;
	    name: string;
	    role: string;
	    side: Side;
	    stakeholder_id: string;
	}
	export interface PerspectiveArea {
	    id: string;
	    score?: number | null;
	}
	export interface Perspective {
	    overall?: number | null;
	    areas: PerspectiveArea[];
	}
	
	export interface Perspectives {
	    customer: Perspective;
	    ours: Perspective;
	}
	export interface QuestionScore {
	    id: string;
	    value?: number | null;
	    votes: number;
	    spread?: number | null;
	    consensus: boolean;
	    customer?: number | null;
	    ours?: number | null;
	}
	export interface RecentWorkshop {
	    id: string;
	    client_id: string;
	    title: string;
	    date: string;
	    location: string;
	    facilitator: string;
	    participants: Participant[];
	    client_name: string;
	    touched: string;
	}
	export interface Relation {
	    id: string;
	    client_id?: string;
	    from: string;
	    to: string;
	    kind: RelationKind;
	    updated_at?: string;
	}
	export interface Report {
	    workshop_id: string;
	    overall?: number | null;
	    areas: AreaScore[];
	    perspectives: Perspectives;
	    questions: QuestionScore[];
	}
	
	export interface Stakeholder {
	    id: string;
	    client_id?: string;
	    name: string;
	    title: string;
	    department: Department;
	    buying_role: BuyingRole;
	    attitude: number;
	    influence: number;
	    relationship: number;
	    owner: string;
	    knows_portfolio: boolean;
	    last_contact: string;
	    notes: string;
	    email: string;
	    phone: string;
	    x: number;
	    y: number;
	    updated_at?: string;
	}
	export interface Vote {
	    participant_id: string;
	    question_id: string;
	    rating?: number | null;
	    na: boolean;
	}
	export interface Workshop {
	    id: string;
	    client_id: string;
	    title: string;
	    date: string;
	    location: string;
	    facilitator: string;
	    participants: Participant[];
	    updated_at?: string;
	}

}

export namespace pdf {
	
	export interface Undrawn {
	    field: string;
	    record: string;
	    chars: string;
	}

}

export namespace roomvote {
	
	export interface Network {
	    addr: string;
	    interface: string;
	}

}

export namespace slides {
	
	export enum Kind {
	    MAP = "map",
	    SCORES = "scores",
	    TABLE = "table",
	    TITLE = "title",
	}
	export interface Slide {
	    kind: Kind;
	    title: string;
	    subtitle: string;
	    lines: string[] | null;
	    scores: Score[] | null;
	    radar?: Radar | null;
	    table?: Table | null;
	    map?: Map | null;
	}
	export interface Deck {
	    lang: string;
	    title: string;
	    slides: Slide[];
	}
	export interface Line {
	    from: string;
	    to: string;
	    kind: kam.RelationKind;
	}
	export interface Map {
	    people: Person[] | null;
	    lines: Line[] | null;
	}
	export interface Person {
	    id: string;
	    name: string;
	    detail: string;
	    x: number;
	    y: number;
	}
	export interface Series {
	    name: string;
	    values: (number | null)[];
	}
	export interface Radar {
	    axes: string[];
	    series: Series[];
	}
	export interface Score {
	    label: string;
	    value: string;
	    band: kam.Band | '';
	}
	
	
	export interface Table {
	    columns: string[];
	    widths: number[];
	    rows: string[][];
	}

}

export namespace sqlite {
	
	export interface BackupInfo {
	    path: string;
	    name: string;
	    size: number;
	    mod_time: string;
	}
	export interface Position {
	    id: string;
	    x: number;
	    y: number;
	}

}

