// Zone ids and the regions they belong to. Alibaba Cloud names a zone after
// its region: a letter after the region id outside the Chinese mainland
// (`ap-southeast-1a`), a dash and a letter in the Chinese mainland and Hong
// Kong (`cn-hangzhou-h`). A zone id of another shape, or of another region,
// does not exist there, and the API refuses what is created in it, minutes
// into `pulumi up`.
// https://www.alibabacloud.com/help/en/ecs/user-guide/regions-and-zones

/** Whether a region names its zones `<region>-<letter>` (the Chinese mainland, Hong Kong) or `<region><letter>`. */
function dashed(region: string): boolean {
    return region.startsWith("cn-");
}

/** How zone ids of a region look, for messages: `cn-hangzhou-h`, `ap-southeast-1a`. */
function zoneShape(region: string): string {
    return dashed(region) ? `${region}-<letter>, e.g. ${region}-h` : `${region}<letter>, e.g. ${region}a`;
}

/**
 * Why `zoneId` is not a zone of `region`: not of its shape, or not among the
 * zones the region lists (`zones`, what `alicloud.getZones` answers through
 * a provider of the region, when it could be asked). Undefined when it is.
 */
export function zoneProblem(
    argument: string,
    zoneId: string,
    region: string,
    zones?: readonly string[],
): string | undefined {
    const suffix = zoneId.startsWith(region) ? zoneId.slice(region.length) : undefined;
    const shaped = suffix !== undefined && (dashed(region) ? /^-[a-z]$/ : /^[a-z]$/).test(suffix);
    const listed = zones === undefined || zones.length === 0 || zones.includes(zoneId);
    if (shaped && listed) return undefined;
    const there =
        zones && zones.length > 0
            ? `its zones are ${zones.join(", ")}`
            : `its zone ids look like ${zoneShape(region)}`;
    return `${argument} ${JSON.stringify(zoneId)} is not a zone of region ${region}: ${there}. Give a zone of ${region}; alicloud.getZones lists them.`;
}

/**
 * The problems of a list of zone ids, those not known yet left out;
 * `argumentAt(i)` names the i-th (`zoneMappings[1].zoneId`, `attachmentZones[1]`).
 */
export function zoneProblems(
    argumentAt: (i: number) => string,
    zoneIds: readonly (string | undefined)[],
    region: string,
    zones?: readonly string[],
): string[] {
    return zoneIds.flatMap((zone, i) => {
        const problem = zone === undefined ? undefined : zoneProblem(argumentAt(i), zone, region, zones);
        return problem ? [problem] : [];
    });
}
