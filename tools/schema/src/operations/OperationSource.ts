/** One GraphQL document a client sends, and the schema it must validate against. */
export interface OperationSource {
  /** `file:line` from the repository root, for messages. */
  location: string;
  document: string;
  /** `api` for schema/api.graphql, otherwise the name of the subgraph whose tests send it. */
  target: string;
}
