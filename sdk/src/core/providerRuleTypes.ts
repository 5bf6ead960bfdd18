// The shapes of the provider's argument rules (providerRules.ts): facts read
// from the source of the Terraform provider that @pulumi/alicloud bridges.

export interface Condition {
    readonly field: string;
    readonly in?: readonly string[];
    readonly notIn?: readonly string[];
    readonly set?: boolean;
}

/** One fact about one argument (a dotted path; `[]` steps into each list entry). */
export type Rule = { readonly field: string; readonly line: string } & (
    | { readonly kind: "required" }
    | { readonly kind: "enum"; readonly values: readonly string[]; readonly ignoreCase?: boolean }
    | { readonly kind: "lenRange"; readonly min: number; readonly max: number }
    | { readonly kind: "pattern"; readonly pattern: string; readonly message?: string }
    | { readonly kind: "intRange"; readonly min: number; readonly max: number }
    | { readonly kind: "intIn"; readonly values: readonly number[] }
    | { readonly kind: "intAtLeast"; readonly min: number }
    | { readonly kind: "conflictsWith" | "exactlyOneOf" | "atLeastOneOf"; readonly with: readonly string[] }
    | { readonly kind: "maxItems"; readonly max: number }
    | { readonly kind: "minItems"; readonly min: number }
    | { readonly kind: "deprecated" | "removed"; readonly message: string }
    /** The bridge names the resource `<logical name>-<random>` when the field is not set. */
    | { readonly kind: "autoname"; readonly suffix: number; readonly max: number }
    | {
          readonly kind: "createTime";
          readonly default: string | null;
          readonly when: readonly Condition[];
          readonly expect: { readonly equals?: string; readonly notEquals?: string };
          readonly message: string;
      }
);

export interface TypeRules {
    /** The provider's documentation of the type. */
    readonly docs: string;
    /** Arguments whose change replaces the resource. */
    readonly forceNew: readonly string[];
    readonly rules: readonly Rule[];
}
