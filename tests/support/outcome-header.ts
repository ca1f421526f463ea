/**
 * The header of an outcome of proceedings of COSI as the register prints it (15990/25, LIMITE, its labels beside their
 * values), for tests that write the items under it; its body follows after a line break.
 */
export const OUTCOME_HEADER_15990 = `Council of the
European Union
Brussels, 25 November 2025
(OR. en)
15990/25
LIMITE
COSI 240
OUTCOME OF PROCEEDINGS
From: General Secretariat of the Council
To: Delegations
Subject: Outcome of proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI) on 18 November 2025
`;
