// A payer that cannot change once set: the payer of an Express Connect
// Router's attachment is fixed at authorization (the cross-account
// authorization guide: the payer can be changed for VPC, VBR and VPN
// attachments only). A component cannot see what it deployed before, but
// the engine shows a provider both: this dynamic resource's Check compares
// the payer it was deployed with to the new one and fails the preview,
// naming the argument, before anything changes. It calls no API.
import * as pulumi from "@pulumi/pulumi";

/** What the lock holds. */
export interface PayerLockInputs {
    /** How messages name the instance: `ecrs[0] 'site2'`. */
    readonly label: string;
    /** The payer the instance was authorized with. */
    readonly payer: string;
}

/** The sentence a refused payer change fails with. */
export function payerChangeRefusal(label: string, from: unknown, to: unknown): string {
    return `${label}: payer cannot change from ${JSON.stringify(from)} to ${JSON.stringify(to)}; the payer of an Express Connect Router attachment is fixed once it is attached. Keep ${JSON.stringify(from)}, or detach it first: remove the entry, deploy, then add it back with the new payer.`;
}

/** The lock's provider: Check refuses a changed payer; nothing else does anything. */
export const payerLockProvider: pulumi.dynamic.ResourceProvider = {
    async check(olds: Partial<PayerLockInputs>, news: PayerLockInputs) {
        const failures =
            olds?.payer !== undefined && olds.payer !== news.payer
                ? [{ property: "payer", reason: payerChangeRefusal(news.label, olds.payer, news.payer) }]
                : [];
        return { inputs: news, failures };
    },
    async create(inputs: PayerLockInputs) {
        return { id: `payer-${inputs.payer}`, outs: inputs };
    },
    async diff(_id: string, olds: PayerLockInputs, news: PayerLockInputs) {
        return { changes: olds.label !== news.label };
    },
    async update(_id: string, _olds: PayerLockInputs, news: PayerLockInputs) {
        return { outs: news };
    },
};

/** Fails any deployment that changes the payer it was created with. */
export class PayerLock extends pulumi.dynamic.Resource {
    constructor(name: string, args: PayerLockInputs, opts?: pulumi.CustomResourceOptions) {
        super(payerLockProvider, name, args, opts, "alicloud-multi-account-network", "PayerLock");
    }
}
