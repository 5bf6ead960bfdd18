// Zone ids and the regions they belong to. Alibaba Cloud names a zone after
// its region: a letter after the region id outside the Chinese mainland
// (`ap-southeast-1a`), a dash and a letter in the Chinese mainland and Hong
// Kong (`cn-hangzhou-h`). A zone id of another shape, or of another region,
// does not exist there, and the API refuses what is created in it, minutes
// into `pulumi up`.
// https://www.alibabacloud.com/help/en/ecs/user-guide/regions-and-zones

/**
 * The zones of the regions this package's documentation and examples use,
 * as `alicloud.getZones` lists them there (the offline plan answers with
 * these). A region missing here is checked by the shape of its zone ids, and
 * once deployed, by the zones its provider lists.
 */
export const KNOWN_ZONES: Readonly<Record<string, readonly string[]>> = {
    "ap-southeast-1": ["ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c"],
    "ap-southeast-3": ["ap-southeast-3a", "ap-southeast-3b"],
    "ap-southeast-5": ["ap-southeast-5a", "ap-southeast-5b", "ap-southeast-5c"],
    "ap-northeast-1": ["ap-northeast-1a", "ap-northeast-1b", "ap-northeast-1c"],
    "eu-central-1": ["eu-central-1a", "eu-central-1b", "eu-central-1c"],
    "cn-hangzhou": [
        "cn-hangzhou-b",
        "cn-hangzhou-e",
        "cn-hangzhou-f",
        "cn-hangzhou-g",
        "cn-hangzhou-h",
        "cn-hangzhou-i",
        "cn-hangzhou-j",
        "cn-hangzhou-k",
    ],
    "cn-shanghai": [
        "cn-shanghai-a",
        "cn-shanghai-b",
        "cn-shanghai-e",
        "cn-shanghai-f",
        "cn-shanghai-g",
        "cn-shanghai-l",
        "cn-shanghai-m",
        "cn-shanghai-n",
        "cn-shanghai-o",
    ],
    "cn-beijing": [
        "cn-beijing-a",
        "cn-beijing-c",
        "cn-beijing-d",
        "cn-beijing-e",
        "cn-beijing-f",
        "cn-beijing-g",
        "cn-beijing-h",
        "cn-beijing-i",
        "cn-beijing-j",
        "cn-beijing-k",
        "cn-beijing-l",
    ],
    "cn-hongkong": ["cn-hongkong-b", "cn-hongkong-c", "cn-hongkong-d"],
};

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
 * zones the region lists (`zones`, when known). Undefined when it is.
 */
export function zoneProblem(
    argument: string,
    zoneId: string,
    region: string,
    zones: readonly string[] | undefined = KNOWN_ZONES[region],
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

/** The problems of a list of zone ids (`<argument>[i].zoneId`), those not known yet left out. */
export function zoneProblems(
    argument: string,
    zoneIds: readonly (string | undefined)[],
    region: string,
    zones: readonly string[] | undefined = KNOWN_ZONES[region],
): string[] {
    return zoneIds.flatMap((zone, i) => {
        const problem =
            zone === undefined
                ? undefined
                : zoneProblem(`${argument}[${i}].zoneId`, zone, region, zones ?? KNOWN_ZONES[region]);
        return problem ? [problem] : [];
    });
}
