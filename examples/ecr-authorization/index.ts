// Cross-account Express Connect Router (ECR) authorization: account A owns
// the ECR; account B owns a VPC and a VBR in China (Hangzhou). B authorizes
// A's ECR for each of them, then A associates them with the ECR.
// https://www.alibabacloud.com/help/en/express-connect/user-guide/cross-account-ecr-authorization
//
// Connecting a VBR and an ECR of different accounts is disabled until the
// customer manager enables it on proof that both accounts belong to one
// entity: do that before deploying the VBR entry.
//
// Stack config (all optional):
//   accountARoleArn, accountBRoleArn   roles to assume in each account
//   vbrId                               account B's VBR
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountExpressConnectRouter } from "alicloud-multi-account-network";
import { accountProvider } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const region = "cn-hangzhou";
const [accountA, accountB] = ["a", "b"].map((a) =>
    accountProvider(`account-${a}`, region, config.get(`account${a.toUpperCase()}RoleArn`)),
);

const vpc = new alicloud.vpc.Network(
    "app",
    { vpcName: "app", cidrBlock: "10.1.0.0/16" },
    { provider: accountB },
);

const router = new CrossAccountExpressConnectRouter("dc-router", {
    ecrProvider: accountA,
    vpcs: [
        {
            name: "app",
            provider: accountB,
            vpcId: vpc.id,
            cidrBlocks: ["10.1.0.0/16"],
            // The data centre learns one summary, not every vSwitch route.
            allowedPrefixes: ["10.1.0.0/16"],
        },
    ],
    vbrs: [{ name: "dc", provider: accountB, vbrId: config.get("vbrId") ?? "vbr-bp1dc0example" }],
});

export const ecrId = router.ecrId;
export const associationIds = router.associationIds;
export const grantIds = router.grantIds;
