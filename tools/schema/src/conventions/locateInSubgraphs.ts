import { type ASTNode, Kind, parse } from 'graphql';

export interface SubgraphSchemaFile {
  name: string;
  /** Path as a reader finds it from the repository root. */
  file: string;
  sdl: string;
}

/**
 * Which subgraph files define each type, field and enum value, so that a finding on the
 * composed API schema can name the file to edit.
 */
export function locateInSubgraphs(subgraphs: SubgraphSchemaFile[]): (coordinate: string) => string {
  const owners = new Map<string, Set<string>>();
  const own = (coordinate: string, file: string) =>
    owners.set(coordinate, (owners.get(coordinate) ?? new Set()).add(file));

  for (const subgraph of subgraphs) {
    const label = `subgraph ${subgraph.name} (${subgraph.file})`;
    for (const definition of parse(subgraph.sdl).definitions) {
      if (!('name' in definition) || !definition.name) continue;
      const typeName = definition.name.value;
      own(typeName, label);
      for (const member of members(definition)) own(`${typeName}.${member}`, label);
    }
  }
  return (coordinate) => {
    const key = coordinate.replace(/\(.*$/, '');
    const files = owners.get(key) ?? owners.get(key.split('.')[0] ?? key);
    return files ? [...files].join(', ') : 'the composed schema';
  };
}

function members(definition: ASTNode): string[] {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return (definition.fields ?? []).map((field) => field.name.value);
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return (definition.values ?? []).map((value) => value.name.value);
    default:
      return [];
  }
}
