// The zones the mock engine answers `alicloud.getZones` with, per region.

/**
 * The zones of the regions this package's documentation and examples use,
 * as `alicloud.getZones` lists them there: what the mock engine answers. A
 * region missing here answers none, and its zone ids are checked by their
 * shape alone, as when a provider may not list zones.
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
