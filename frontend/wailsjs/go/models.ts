export namespace app {
	
	export class AudienceSections {
	    audience: string;
	    sections: string[];
	    defaults: string[];
	
	    static createFrom(source: any = {}) {
	        return new AudienceSections(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.audience = source["audience"];
	        this.sections = source["sections"];
	        this.defaults = source["defaults"];
	    }
	}
	export class BundleImport {
	    status: string;
	    conflict: string;
	    token: string;
	    file_name: string;
	    client_id: string;
	    client_name: string;
	    workshops: number;
	
	    static createFrom(source: any = {}) {
	        return new BundleImport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.conflict = source["conflict"];
	        this.token = source["token"];
	        this.file_name = source["file_name"];
	        this.client_id = source["client_id"];
	        this.client_name = source["client_name"];
	        this.workshops = source["workshops"];
	    }
	}
	export class WorkshopSummary {
	    id: string;
	    title: string;
	    date: string;
	
	    static createFrom(source: any = {}) {
	        return new WorkshopSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.date = source["date"];
	    }
	}
	export class ClientSummary {
	    id: string;
	    name: string;
	    industry: string;
	    location: string;
	    workshops: WorkshopSummary[];
	
	    static createFrom(source: any = {}) {
	        return new ClientSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.industry = source["industry"];
	        this.location = source["location"];
	        this.workshops = this.convertValues(source["workshops"], WorkshopSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ContactPreview {
	    token: string;
	    file_name: string;
	    format: string;
	    encoding: string;
	    people: kam.Stakeholder[];
	    problems: contacts.Problem[];
	
	    static createFrom(source: any = {}) {
	        return new ContactPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.token = source["token"];
	        this.file_name = source["file_name"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.people = this.convertValues(source["people"], kam.Stakeholder);
	        this.problems = this.convertValues(source["problems"], contacts.Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Deleted {
	    undo_id: string;
	    kind: string;
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Deleted(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.undo_id = source["undo_id"];
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class Problem {
	    code: string;
	    kind: string;
	    message: string;
	    backup_name: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.kind = source["kind"];
	        this.message = source["message"];
	        this.backup_name = source["backup_name"];
	    }
	}
	export class ReportContents {
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
	
	    static createFrom(source: any = {}) {
	        return new ReportContents(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.audiences = this.convertValues(source["audiences"], AudienceSections);
	        this.client_name = source["client_name"];
	        this.participants = source["participants"];
	        this.questions = source["questions"];
	        this.answered = source["answered"];
	        this.not_applicable = source["not_applicable"];
	        this.findings = source["findings"];
	        this.notes = source["notes"];
	        this.previous_title = source["previous_title"];
	        this.previous_date = source["previous_date"];
	        this.stakeholders = source["stakeholders"];
	        this.relations = source["relations"];
	        this.reporting_lines = source["reporting_lines"];
	        this.competitors = source["competitors"];
	        this.swot = source["swot"];
	        this.opportunities = source["opportunities"];
	        this.arguments = source["arguments"];
	        this.actions = source["actions"];
	        this.internal_actions = source["internal_actions"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportOptions {
	    lang: string;
	    audience: string;
	    sections: string[];
	
	    static createFrom(source: any = {}) {
	        return new ReportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.audience = source["audience"];
	        this.sections = source["sections"];
	    }
	}
	export class RestoreResult {
	    saved: string;
	    restart: boolean;
	
	    static createFrom(source: any = {}) {
	        return new RestoreResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.saved = source["saved"];
	        this.restart = source["restart"];
	    }
	}
	export class Restored {
	    kind: string;
	    id: string;
	    client_id: string;
	    workshop_id?: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Restored(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.workshop_id = source["workshop_id"];
	        this.name = source["name"];
	    }
	}
	export class RoomVotingStatus {
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
	
	    static createFrom(source: any = {}) {
	        return new RoomVotingStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.on = source["on"];
	        this.workshop_id = source["workshop_id"];
	        this.lang = source["lang"];
	        this.url = source["url"];
	        this.address = source["address"];
	        this.code = source["code"];
	        this.qr = source["qr"];
	        this.networks = this.convertValues(source["networks"], roomvote.Network);
	        this.question_id = source["question_id"];
	        this.revealed = source["revealed"];
	        this.phones = source["phones"];
	        this.voted = source["voted"];
	        this.code_dead = source["code_dead"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Welcome {
	    client_id: string;
	    workshop_id: string;
	
	    static createFrom(source: any = {}) {
	        return new Welcome(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.client_id = source["client_id"];
	        this.workshop_id = source["workshop_id"];
	    }
	}
	
	export class WorkspaceInfo {
	    path: string;
	    schema_version: number;
	    version: string;
	
	    static createFrom(source: any = {}) {
	        return new WorkspaceInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.schema_version = source["schema_version"];
	        this.version = source["version"];
	    }
	}

}

export namespace catalog {
	
	export class Guide {
	    "0": Text;
	    "2": Text;
	    "4": Text;
	
	    static createFrom(source: any = {}) {
	        return new Guide(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this["0"] = this.convertValues(source["0"], Text);
	        this["2"] = this.convertValues(source["2"], Text);
	        this["4"] = this.convertValues(source["4"], Text);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Option {
	    id: string;
	    label: Text;
	
	    static createFrom(source: any = {}) {
	        return new Option(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.label = this.convertValues(source["label"], Text);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Question {
	    id: string;
	    number: string;
	    text: Text;
	    followups: Text[];
	    options: Option[];
	    guide: Guide;
	
	    static createFrom(source: any = {}) {
	        return new Question(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.number = source["number"];
	        this.text = this.convertValues(source["text"], Text);
	        this.followups = this.convertValues(source["followups"], Text);
	        this.options = this.convertValues(source["options"], Option);
	        this.guide = this.convertValues(source["guide"], Guide);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Text {
	    de: string;
	    en: string;
	
	    static createFrom(source: any = {}) {
	        return new Text(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.de = source["de"];
	        this.en = source["en"];
	    }
	}
	export class Area {
	    id: string;
	    title: Text;
	    intro: Text;
	    questions: Question[];
	
	    static createFrom(source: any = {}) {
	        return new Area(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = this.convertValues(source["title"], Text);
	        this.intro = this.convertValues(source["intro"], Text);
	        this.questions = this.convertValues(source["questions"], Question);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Catalog {
	    version: string;
	    areas: Area[];
	
	    static createFrom(source: any = {}) {
	        return new Catalog(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.areas = this.convertValues(source["areas"], Area);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	

}

export namespace contacts {
	
	export class Problem {
	    line: number;
	    reason: string;
	    kind: string;
	    field?: string;
	    max?: number;
	    last_line?: number;
	    skipped?: string;
	    name?: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.reason = source["reason"];
	        this.kind = source["kind"];
	        this.field = source["field"];
	        this.max = source["max"];
	        this.last_line = source["last_line"];
	        this.skipped = source["skipped"];
	        this.name = source["name"];
	    }
	}

}

export namespace kam {
	
	export class Action {
	    id: string;
	    workshop_id?: string;
	    title: string;
	    owner: string;
	    due: string;
	    priority: string;
	    probability: number;
	    status: string;
	    question_id: string;
	    internal: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Action(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.workshop_id = source["workshop_id"];
	        this.title = source["title"];
	        this.owner = source["owner"];
	        this.due = source["due"];
	        this.priority = source["priority"];
	        this.probability = source["probability"];
	        this.status = source["status"];
	        this.question_id = source["question_id"];
	        this.internal = source["internal"];
	    }
	}
	export class Answer {
	    workshop_id?: string;
	    question_id: string;
	    rating?: number;
	    na: boolean;
	    finding: string;
	    notes: string;
	    follow_up: boolean;
	    checked: string[];
	
	    static createFrom(source: any = {}) {
	        return new Answer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.workshop_id = source["workshop_id"];
	        this.question_id = source["question_id"];
	        this.rating = source["rating"];
	        this.na = source["na"];
	        this.finding = source["finding"];
	        this.notes = source["notes"];
	        this.follow_up = source["follow_up"];
	        this.checked = source["checked"];
	    }
	}
	export class AreaScore {
	    id: string;
	    score?: number;
	    answered: number;
	    na: number;
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new AreaScore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.score = source["score"];
	        this.answered = source["answered"];
	        this.na = source["na"];
	        this.total = source["total"];
	    }
	}
	export class Argument {
	    id: string;
	    client_id?: string;
	    feature: string;
	    advantage: string;
	    benefit: string;
	    buying_role: string;
	    position: number;
	
	    static createFrom(source: any = {}) {
	        return new Argument(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.feature = source["feature"];
	        this.advantage = source["advantage"];
	        this.benefit = source["benefit"];
	        this.buying_role = source["buying_role"];
	        this.position = source["position"];
	    }
	}
	export class SWOT {
	    strengths: string;
	    weaknesses: string;
	    opportunities: string;
	    threats: string;
	
	    static createFrom(source: any = {}) {
	        return new SWOT(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.strengths = source["strengths"];
	        this.weaknesses = source["weaknesses"];
	        this.opportunities = source["opportunities"];
	        this.threats = source["threats"];
	    }
	}
	export class Client {
	    id: string;
	    name: string;
	    industry: string;
	    location: string;
	    notes: string;
	    swot: SWOT;
	    updated_at?: string;
	
	    static createFrom(source: any = {}) {
	        return new Client(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.industry = source["industry"];
	        this.location = source["location"];
	        this.notes = source["notes"];
	        this.swot = this.convertValues(source["swot"], SWOT);
	        this.updated_at = source["updated_at"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Competitor {
	    id: string;
	    client_id?: string;
	    name: string;
	    location: string;
	    strengths: string;
	    weaknesses: string;
	    partners: string;
	    counter: string;
	    threat: number;
	
	    static createFrom(source: any = {}) {
	        return new Competitor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.name = source["name"];
	        this.location = source["location"];
	        this.strengths = source["strengths"];
	        this.weaknesses = source["weaknesses"];
	        this.partners = source["partners"];
	        this.counter = source["counter"];
	        this.threat = source["threat"];
	    }
	}
	export class Gap {
	    kind: string;
	    department?: string;
	    stakeholder_id?: string;
	    name?: string;
	    days?: number;
	
	    static createFrom(source: any = {}) {
	        return new Gap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.department = source["department"];
	        this.stakeholder_id = source["stakeholder_id"];
	        this.name = source["name"];
	        this.days = source["days"];
	    }
	}
	export class Opportunity {
	    id: string;
	    client_id?: string;
	    title: string;
	    value: number;
	    stage: string;
	    probability: number;
	    expected_close: string;
	    next_step: string;
	
	    static createFrom(source: any = {}) {
	        return new Opportunity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.title = source["title"];
	        this.value = source["value"];
	        this.stage = source["stage"];
	        this.probability = source["probability"];
	        this.expected_close = source["expected_close"];
	        this.next_step = source["next_step"];
	    }
	}
	export class Participant {
	    id: string;
	    name: string;
	    role: string;
	    side: string;
	    stakeholder_id: string;
	
	    static createFrom(source: any = {}) {
	        return new Participant(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.side = source["side"];
	        this.stakeholder_id = source["stakeholder_id"];
	    }
	}
	export class PerspectiveArea {
	    id: string;
	    score?: number;
	
	    static createFrom(source: any = {}) {
	        return new PerspectiveArea(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.score = source["score"];
	    }
	}
	export class Perspective {
	    overall?: number;
	    areas: PerspectiveArea[];
	
	    static createFrom(source: any = {}) {
	        return new Perspective(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.overall = source["overall"];
	        this.areas = this.convertValues(source["areas"], PerspectiveArea);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Perspectives {
	    customer: Perspective;
	    ours: Perspective;
	
	    static createFrom(source: any = {}) {
	        return new Perspectives(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customer = this.convertValues(source["customer"], Perspective);
	        this.ours = this.convertValues(source["ours"], Perspective);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class QuestionScore {
	    id: string;
	    value?: number;
	    votes: number;
	    spread?: number;
	    consensus: boolean;
	    customer?: number;
	    ours?: number;
	
	    static createFrom(source: any = {}) {
	        return new QuestionScore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.value = source["value"];
	        this.votes = source["votes"];
	        this.spread = source["spread"];
	        this.consensus = source["consensus"];
	        this.customer = source["customer"];
	        this.ours = source["ours"];
	    }
	}
	export class Relation {
	    id: string;
	    client_id?: string;
	    from: string;
	    to: string;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new Relation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.kind = source["kind"];
	    }
	}
	export class Report {
	    workshop_id: string;
	    overall?: number;
	    areas: AreaScore[];
	    perspectives: Perspectives;
	    questions: QuestionScore[];
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.workshop_id = source["workshop_id"];
	        this.overall = source["overall"];
	        this.areas = this.convertValues(source["areas"], AreaScore);
	        this.perspectives = this.convertValues(source["perspectives"], Perspectives);
	        this.questions = this.convertValues(source["questions"], QuestionScore);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Stakeholder {
	    id: string;
	    client_id?: string;
	    name: string;
	    title: string;
	    department: string;
	    buying_role: string;
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
	
	    static createFrom(source: any = {}) {
	        return new Stakeholder(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.department = source["department"];
	        this.buying_role = source["buying_role"];
	        this.attitude = source["attitude"];
	        this.influence = source["influence"];
	        this.relationship = source["relationship"];
	        this.owner = source["owner"];
	        this.knows_portfolio = source["knows_portfolio"];
	        this.last_contact = source["last_contact"];
	        this.notes = source["notes"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.x = source["x"];
	        this.y = source["y"];
	    }
	}
	export class Vote {
	    participant_id: string;
	    question_id: string;
	    rating?: number;
	    na: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Vote(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.participant_id = source["participant_id"];
	        this.question_id = source["question_id"];
	        this.rating = source["rating"];
	        this.na = source["na"];
	    }
	}
	export class Workshop {
	    id: string;
	    client_id: string;
	    title: string;
	    date: string;
	    location: string;
	    facilitator: string;
	    participants: Participant[];
	
	    static createFrom(source: any = {}) {
	        return new Workshop(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.client_id = source["client_id"];
	        this.title = source["title"];
	        this.date = source["date"];
	        this.location = source["location"];
	        this.facilitator = source["facilitator"];
	        this.participants = this.convertValues(source["participants"], Participant);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace pdf {
	
	export class Undrawn {
	    field: string;
	    record: string;
	    chars: string;
	
	    static createFrom(source: any = {}) {
	        return new Undrawn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.record = source["record"];
	        this.chars = source["chars"];
	    }
	}

}

export namespace roomvote {
	
	export class Network {
	    addr: string;
	    interface: string;
	
	    static createFrom(source: any = {}) {
	        return new Network(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.addr = source["addr"];
	        this.interface = source["interface"];
	    }
	}

}

export namespace slides {
	
	export class Line {
	    from: string;
	    to: string;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new Line(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.kind = source["kind"];
	    }
	}
	export class Person {
	    id: string;
	    name: string;
	    detail: string;
	    x: number;
	    y: number;
	
	    static createFrom(source: any = {}) {
	        return new Person(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.detail = source["detail"];
	        this.x = source["x"];
	        this.y = source["y"];
	    }
	}
	export class Map {
	    people: Person[];
	    lines: Line[];
	
	    static createFrom(source: any = {}) {
	        return new Map(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.people = this.convertValues(source["people"], Person);
	        this.lines = this.convertValues(source["lines"], Line);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Table {
	    columns: string[];
	    widths: number[];
	    rows: string[][];
	
	    static createFrom(source: any = {}) {
	        return new Table(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.columns = source["columns"];
	        this.widths = source["widths"];
	        this.rows = source["rows"];
	    }
	}
	export class Series {
	    name: string;
	    values: number[];
	
	    static createFrom(source: any = {}) {
	        return new Series(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.values = source["values"];
	    }
	}
	export class Radar {
	    axes: string[];
	    series: Series[];
	
	    static createFrom(source: any = {}) {
	        return new Radar(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.axes = source["axes"];
	        this.series = this.convertValues(source["series"], Series);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Score {
	    label: string;
	    value: string;
	    band: string;
	
	    static createFrom(source: any = {}) {
	        return new Score(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.value = source["value"];
	        this.band = source["band"];
	    }
	}
	export class Slide {
	    kind: string;
	    title: string;
	    subtitle: string;
	    lines: string[];
	    scores: Score[];
	    radar?: Radar;
	    table?: Table;
	    map?: Map;
	
	    static createFrom(source: any = {}) {
	        return new Slide(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.subtitle = source["subtitle"];
	        this.lines = source["lines"];
	        this.scores = this.convertValues(source["scores"], Score);
	        this.radar = this.convertValues(source["radar"], Radar);
	        this.table = this.convertValues(source["table"], Table);
	        this.map = this.convertValues(source["map"], Map);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Deck {
	    lang: string;
	    title: string;
	    slides: Slide[];
	
	    static createFrom(source: any = {}) {
	        return new Deck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.title = source["title"];
	        this.slides = this.convertValues(source["slides"], Slide);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	
	
	

}

export namespace sqlite {
	
	export class BackupInfo {
	    path: string;
	    name: string;
	    size: number;
	    // Go type: time
	    mod_time: any;
	
	    static createFrom(source: any = {}) {
	        return new BackupInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.size = source["size"];
	        this.mod_time = this.convertValues(source["mod_time"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Position {
	    id: string;
	    x: number;
	    y: number;
	
	    static createFrom(source: any = {}) {
	        return new Position(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.x = source["x"];
	        this.y = source["y"];
	    }
	}

}

