import { AgentActive1796606006156 } from './1796606006156-AgentActive';
import { ConversationIdentity1796604531837 } from './1796604531837-ConversationIdentity';
import { ProcessLiveness1796600681261 } from './1796600681261-ProcessLiveness';
import { MessageSearch1796139969255 } from './1796139969255-MessageSearch';
import { LoginFailuresPerAddress1796138837234 } from './1796138837234-LoginFailuresPerAddress';
import { MessageReplyTo1796138119293 } from './1796138119293-MessageReplyTo';
import { ContactMergedInto1796137203193 } from './1796137203193-ContactMergedInto';
import { ConversationHoldsSlot1796128094288 } from './1796128094288-ConversationHoldsSlot';
import { VoiceCalls1796121557882 } from './1796121557882-VoiceCalls';
import { SupervisionAndReports1796118794031 } from './1796118794031-SupervisionAndReports';
import { Bots1796118669457 } from './1796118669457-Bots';
import { LoginLockoutAndAuditLog1796118740018 } from './1796118740018-LoginLockoutAndAuditLog';
import { Automation1796109037898 } from './1796109037898-Automation';
import { EmailChannel1796108878915 } from './1796108878915-EmailChannel';
import { DeliveryLease1795438491701 } from './1795438491701-DeliveryLease';
import { Routing1795437988994 } from './1795437988994-Routing';
import { InitialSchema1795437742781 } from './1795437742781-InitialSchema';
// Every migration, oldest first. `npm run migration:generate -- Name` appends here.
export const migrations: Function[] = [InitialSchema1795437742781, Routing1795437988994, DeliveryLease1795438491701, EmailChannel1796108878915, Automation1796109037898, Bots1796118669457, LoginLockoutAndAuditLog1796118740018, SupervisionAndReports1796118794031, VoiceCalls1796121557882, ConversationHoldsSlot1796128094288, ContactMergedInto1796137203193, MessageReplyTo1796138119293, LoginFailuresPerAddress1796138837234, MessageSearch1796139969255, ProcessLiveness1796600681261, ConversationIdentity1796604531837, AgentActive1796606006156];
