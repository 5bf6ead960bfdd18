import * as pulumi from "@pulumi/pulumi";
import { detached } from "./detached";
import { throwIfProblems } from "./validationError";

/**
 * Validation of values that are only known later (Outputs of other resources,
 * account ids from invokes). The returned Output resolves once they all have,
 * and fails with a ValidationError if `check` finds problems. Every child of
 * the component lists it in `dependsOn`, so no child is registered until the
 * whole input is known to be valid: nothing is half-created. During preview
 * an unknown value leaves the gate unknown, which blocks nothing.
 */
export function lateValidationGate<T>(
    resource: pulumi.Resource,
    component: string,
    values: pulumi.Input<T>,
    check: (resolved: pulumi.Unwrap<T>) => string[],
): pulumi.Output<pulumi.Resource[]> {
    return pulumi.output(values).apply((resolved) => {
        throwIfProblems(resource, component, check(resolved));
        return [] as pulumi.Resource[];
    });
}

/**
 * A late validation gate whose values' resources do not become dependencies
 * of the children that wait for it (a lookup over every VPC would otherwise
 * make every child depend on every VPC). While the values are not known
 * (preview) it passes; a failure still stops every child.
 */
export function detachedValidationGate<T>(
    resource: pulumi.Resource,
    component: string,
    values: pulumi.Input<T>,
    check: (resolved: pulumi.Unwrap<T>) => string[],
): pulumi.Output<pulumi.Resource[]> {
    return detached(lateValidationGate(resource, component, values, check)).apply((r) => r ?? []);
}
