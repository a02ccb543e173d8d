// Generated from internal/kam by internal/tsgen (go generate ./internal/tsgen). DO NOT EDIT.
import type { kam } from '../../wailsjs/go/models';
import type { Wire } from './wire';

/** Departments of a customer's organisation (kam.Departments). */
export const departments = ["purchasing","it","management","works_council","finance","operations","sales","marketing","specialist","other"] as const satisfies readonly `${kam.Department}`[];

/** The departments whose coverage matters (kam.KeyDepartments). */
export const keyDepartments = ["purchasing","it","management","works_council","finance"] as const satisfies readonly `${kam.Department}`[];

/** Buying roles (kam.BuyingRoles). */
export const buyingRoles = ["decision_maker","economic_buyer","technical_buyer","user","influencer","gatekeeper","champion","other"] as const satisfies readonly `${kam.BuyingRole}`[];

/** Kinds of relation between two stakeholders (kam.RelationKinds). */
export const relationKinds = ["reports_to","influences","conflict"] as const satisfies readonly `${kam.RelationKind}`[];

/** Stages of an opportunity in funnel order (kam.Stages). */
export const stages = ["lead","qualified","proposal","negotiation","won","lost"] as const satisfies readonly `${kam.Stage}`[];

/** The stages still in play (kam.OpenStages). */
export const openStages = ["lead","qualified","proposal","negotiation"] as const satisfies readonly `${kam.Stage}`[];

/** Priorities of an action, highest first (kam.Priorities). */
export const priorities = ["high","medium","low"] as const satisfies readonly `${kam.Priority}`[];

/** Statuses of an action (kam.Statuses). */
export const statuses = ["open","in_progress","done"] as const satisfies readonly `${kam.Status}`[];

/** Sides of a workshop's participants (kam.Sides). */
export const sides = ["customer","ours"] as const satisfies readonly `${kam.Side}`[];

/** Kinds of coverage gap in report order (kam.GapKinds). */
export const gapKinds = ["department_uncovered","opposed_decider","no_owner","no_contact","stale_contact","portfolio_unknown"] as const satisfies readonly `${kam.GapKind}`[];

/** Ratings of a question: 0 none … 4 exemplary (kam.MinRating…MaxRating). */
export const ratings = [0,1,2,3,4] as const;

/** A stakeholder's attitude to us: −2 opposed … +2 supportive (kam.MinAttitude…MaxAttitude). */
export const attitudes = [-2,-1,0,1,2] as const;

/** A stakeholder's influence (kam.MinInfluence…MaxInfluence). */
export const influences = [1,2,3,4,5] as const;

/** How strong our relationship is: none … close (kam.MinRelationship…MaxRelationship). */
export const relationships = [0,1,2,3] as const;

/** How much a competitor threatens us (kam.MinThreat…MaxThreat). */
export const threats = [1,2,3,4,5] as const;

/** The limits and scales Go checks every value against (internal/kam). */
export const limits = {
  maxName: 500,
  maxText: 200000,
  maxParticipants: 200,
  maxValue: 10000000000000,
  maxProbability: 100,
  minRating: 0,
  maxRating: 4,
  minAttitude: -2,
  maxAttitude: 2,
  minInfluence: 1,
  maxInfluence: 5,
  minRelationship: 0,
  maxRelationship: 3,
  minThreat: 1,
  maxThreat: 5,
  staleAfterDays: 90,
  bandMidFrom: 40,
  bandHighFrom: 70,
  minBackupKeep: 1,
  maxBackupKeep: 365,
  maxContactFileMB: 16,
  maxContactPeople: 5000,
} as const;

/** The starting probability (%) of an opportunity in each stage (kam.StageProbability). */
export const stageProbability = {
  lead: 10,
  lost: 0,
  negotiation: 75,
  proposal: 50,
  qualified: 25,
  won: 100,
} as const satisfies Record<`${kam.Stage}`, number>;

/** New records as Go starts them (kam.New…), every field at its default. */
export const defaults = {
  stakeholder: {"id":"","name":"","title":"","department":"other","buying_role":"other","attitude":0,"influence":3,"relationship":0,"owner":"","knows_portfolio":false,"last_contact":"","notes":"","email":"","phone":"","x":0,"y":0} satisfies Wire<kam.Stakeholder>,
  action: {"id":"","title":"","owner":"","due":"","priority":"medium","probability":50,"status":"open","question_id":"","internal":false} satisfies Wire<kam.Action>,
  competitor: {"id":"","name":"","location":"","strengths":"","weaknesses":"","partners":"","counter":"","threat":3} satisfies Wire<kam.Competitor>,
  client: {"id":"","name":"","industry":"","location":"","notes":"","swot":{"strengths":"","weaknesses":"","opportunities":"","threats":""}} satisfies Wire<kam.Client>,
} as const;
