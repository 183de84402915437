import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  /** Deepest field nesting allowed; the root fields are depth 1; introspection is exempt. */
  maxDepth: number;
  /** Fields in one operation, each use of a fragment counted again. */
  maxFields: number;
  /** Fields at the root, aliases included: each one is a separate subgraph query. */
  maxRootFields: number;
}

/**
 * Generous for any screen of the web app (its largest operation selects about 40 fields) and
 * small enough that one anonymous request cannot keep the gateway and subgraphs busy for
 * seconds: without them 4000 aliases of `courts(first: 100)` took 20 s and 7.6 MB.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxFields: 500,
  maxRootFields: 20,
};

interface Size {
  depth: number;
  fields: number;
}

/** A validation rule that refuses operations larger than the limits, before any planning. */
export function limitOperationSize(limits: OperationLimits): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      }
    }

    const measure = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): Size => {
      let size: Size = { depth: depth - 1, fields: 0 };
      for (const selection of selectionSet.selections) {
        let inner: Size | undefined;
        if (selection.kind === Kind.FIELD) {
          inner = selection.selectionSet
            ? measure(selection.selectionSet, depth + 1, seen)
            : { depth, fields: 0 };
          // The standard introspection query nests 15 levels (type references); it reads the
          // schema, not data, so only its field count is limited.
          const introspection = depth === 1 && selection.name.value.startsWith('__');
          inner = {
            depth: introspection ? depth : Math.max(inner.depth, depth),
            fields: inner.fields + 1,
          };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = measure(selection.selectionSet, depth, seen);
        } else {
          const fragment = fragments.get(selection.name.value);
          // Unknown or cyclic fragments are reported by graphql's own rules.
          if (!fragment || seen.has(fragment.name.value)) continue;
          inner = measure(fragment.selectionSet, depth, new Set(seen).add(fragment.name.value));
        }
        size = { depth: Math.max(size.depth, inner.depth), fields: size.fields + inner.fields };
        if (size.fields > limits.maxFields) return size;
      }
      return size;
    };

    return {
      OperationDefinition(operation) {
        const rootFields = countRootFields(operation.selectionSet, fragments);
        const { depth, fields } = measure(operation.selectionSet, 1, new Set());
        const problem =
          rootFields > limits.maxRootFields
            ? `selects ${rootFields} root fields; at most ${limits.maxRootFields} are allowed`
            : depth > limits.maxDepth
              ? `nests ${depth} levels deep; at most ${limits.maxDepth} are allowed`
              : fields > limits.maxFields
                ? `selects more than ${limits.maxFields} fields`
                : undefined;
        if (problem) {
          context.reportError(
            new GraphQLError(`The operation ${problem}. Split it into smaller operations.`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      count += countRootFields(
        fragment.selectionSet,
        fragments,
        new Set(seen).add(fragment.name.value),
      );
    }
  }
  return count;
}
