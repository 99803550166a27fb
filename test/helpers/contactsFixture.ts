/** The template the contacts tests (CLI and language server) check against their lists: two placeholders mapped from columns. */
export const CONTACTS_TEMPLATE = `---
kind: request
subject: "Your talk on {{recipient.recentWork}}"
data:
  columns:
    "First Name": recipient.firstName
    Talk: recipient.recentWork
variables:
  recipient.firstName: Sally
  recipient.recentWork: remote onboarding
  sender.firstName: Sam
---
Hi {{recipient.firstName}},

Your talk on {{recipient.recentWork}} changed how my team plans its week, and I have one question about it.
Would you have 20 minutes for a call or a video chat next week, at whatever time suits you?
No pressure at all if the next few weeks are busy for you.

Thanks,
{{sender.firstName}}
`;
