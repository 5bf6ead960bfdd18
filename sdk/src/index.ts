export * from "./components/crossAccountCenPeering";
export * from "./components/cenVpcArgs";
export { Payer, PAYERS } from "./core/payer";
export { VpcRouteMode, VPC_ROUTE_MODES, RFC1918_SUMMARIES } from "./core/routePlan";
export { ValidationError } from "./core/errors";
export * from "./components/isolatedSpokesWithSharedHub";
