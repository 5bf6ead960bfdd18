import { strict as assert } from "assert";
import fc from "fast-check";
import { IPv4, IPv4CidrRange, IPv6, IPv6CidrRange, Validator } from "ip-num";
import {
    cidrContains,
    cidrsOverlap,
    findBlockOverlaps,
    parseCidr,
    CidrBlock,
    TaggedBlock,
} from "../../sdk/src/core/cidr";

function block(cidr: string): CidrBlock {
    const parsed = parseCidr(cidr);
    if (!parsed.ok) {
        throw new Error(`${cidr} ${parsed.reason}`);
    }
    return parsed.block;
}

describe("core/cidr", () => {
    it("parses IPv4 and IPv6 blocks", () => {
        assert.deepEqual(block("10.0.0.0/16"), {
            cidr: "10.0.0.0/16",
            family: "ipv4",
            first: 167772160n,
            last: 167837695n,
            prefix: 16,
        });
        assert.equal(block("2408:4004:100::/56").family, "ipv6");
        assert.equal(block("2408:4004:100::/56").prefix, 56);
    });

    it("refuses a block with host bits and names its network address", () => {
        assert.deepEqual(parseCidr("192.168.1.7/24"), {
            ok: false,
            reason: "has host bits set; the network address of this block is 192.168.1.0/24",
        });
    });

    it("refuses what is not CIDR notation", () => {
        for (const bad of ["", "10.0.0.0", "10.0.0.256/24", "10.0.0.0/33", "fe80::/129", "vpc-123"]) {
            assert.equal(parseCidr(bad).ok, false, bad);
        }
    });

    it("says that spaces or leading zeros are the problem, and gives the spelling to use", () => {
        const reason = (cidr: string) => {
            const parsed = parseCidr(cidr);
            return parsed.ok ? "ok" : parsed.reason;
        };
        assert.equal(reason(" 10.0.0.0/16"), 'contains spaces; write it without them: "10.0.0.0/16"');
        assert.equal(reason("10.0.0.0 / 16"), 'contains spaces; write it without them: "10.0.0.0/16"');
        for (const padded of ["010.0.0.0/16", "10.00.0.0/16", "10.0.0.0/016"]) {
            assert.equal(
                reason(padded),
                'has numbers with leading zeros, which the API refuses; write it without them: "10.0.0.0/16"',
                padded,
            );
        }
        assert.equal(
            reason("fd00::/08"),
            'has numbers with leading zeros, which the API refuses; write it without them: "fd00::/8"',
        );
    });

    it("agrees with ip-num's validator and range on any string, valid or not (property)", () => {
        const octet = fc.oneof(
            fc.integer({ min: 0, max: 300 }).map(String),
            fc.constantFrom("01", "", "a", "-1"),
        );
        const prefix = fc.oneof(
            fc.integer({ min: 0, max: 40 }).map(String),
            fc.constantFrom("", "08", "1a", " 8"),
        );
        const ipv4 = fc
            .tuple(fc.array(octet, { minLength: 3, maxLength: 5 }), prefix)
            .map(([octets, p]) => `${octets.join(".")}/${p}`);
        const ipv6 = fc
            .tuple(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), fc.integer({ min: 0, max: 130 }))
            .map(([value, p]) => `${IPv6.fromBigInt(value).toString()}/${p}`);
        const aligned = fc
            .tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
            .map(
                ([p, v]) =>
                    `${IPv4.fromNumber(BigInt(v) - (BigInt(v) % 2n ** BigInt(32 - p))).toString()}/${p}`,
            );
        fc.assert(
            fc.property(fc.oneof(ipv4, ipv6, aligned, fc.string()), (cidr) => {
                const family = cidr.includes(":") ? "ipv6" : "ipv4";
                const [valid] =
                    family === "ipv4"
                        ? Validator.isValidIPv4CidrRange(cidr)
                        : Validator.isValidIPv6CidrRange(cidr);
                const parsed = parseCidr(cidr);
                // Spaces and leading zeros, which ip-num may take, are refused on purpose.
                const misspelt = /\s|(^|[./])0\d/.test(cidr);
                assert.equal(parsed.ok, cidr.includes("/") && valid && !misspelt, cidr);
                if (parsed.ok) {
                    const range =
                        family === "ipv4" ? IPv4CidrRange.fromCidr(cidr) : IPv6CidrRange.fromCidr(cidr);
                    assert.equal(parsed.block.first, range.getFirst().getValue(), cidr);
                    assert.equal(parsed.block.last, range.getLast().getValue(), cidr);
                    assert.equal(parsed.block.prefix, Number(range.getPrefix().getValue()), cidr);
                }
            }),
            { numRuns: 3000 },
        );
    });

    it("tells containment and overlap apart, per family", () => {
        assert.ok(cidrContains(block("10.0.0.0/8"), block("10.1.0.0/16")));
        assert.ok(!cidrContains(block("10.1.0.0/16"), block("10.0.0.0/8")));
        assert.ok(cidrsOverlap(block("10.1.0.0/16"), block("10.0.0.0/8")));
        assert.ok(!cidrsOverlap(block("10.0.0.0/16"), block("10.1.0.0/16")));
        assert.ok(!cidrsOverlap(block("0.0.0.0/0"), block("::/0")));
    });

    describe("findBlockOverlaps", () => {
        const tagged = (cidrs: string[]): TaggedBlock<number>[] =>
            cidrs.map((c, i) => ({ block: block(c), tag: i }));
        const pairs = (found: { outer: TaggedBlock<number>; inner: TaggedBlock<number> }[]) =>
            found
                .map(({ outer, inner }) =>
                    [Math.min(outer.tag, inner.tag), Math.max(outer.tag, inner.tag)].join("-"),
                )
                .sort();

        it("finds nested, equal and chained overlaps and nothing else", () => {
            const found = findBlockOverlaps(
                tagged([
                    "10.0.0.0/8",
                    "10.1.0.0/16",
                    "172.16.0.0/12",
                    "10.1.2.0/24",
                    "10.1.0.0/16",
                    "192.168.0.0/16",
                ]),
            );
            assert.deepEqual(pairs(found), ["0-1", "0-3", "0-4", "1-3", "1-4", "3-4"]);
        });

        it("finds the same pairs as comparing every pair (property)", () => {
            const cidr = fc
                .tuple(
                    fc.integer({ min: 0, max: 255 }),
                    fc.integer({ min: 0, max: 255 }),
                    fc.integer({ min: 4, max: 24 }),
                )
                .map(([a, b, prefix]) => {
                    const address =
                        (((a << 24) | (b << 16)) >>> 0) & (prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0);
                    return `${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.${address & 255}/${prefix}`;
                });
            fc.assert(
                fc.property(fc.array(cidr, { maxLength: 40 }), (cidrs) => {
                    const blocks = tagged(cidrs);
                    const expected: string[] = [];
                    for (let i = 0; i < blocks.length; i++) {
                        for (let j = i + 1; j < blocks.length; j++) {
                            if (cidrsOverlap(blocks[i].block, blocks[j].block)) {
                                expected.push(`${i}-${j}`);
                            }
                        }
                    }
                    assert.deepEqual(pairs(findBlockOverlaps(blocks)), expected.sort());
                }),
                { numRuns: 300 },
            );
        });
    });
});
