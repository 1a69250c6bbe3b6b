// The mock's scripted agent: moves on the mock's clock (take, ask and wait, plan and work through
// steps, answer, solve, close), the helpers that let a test or the demo act as the agent, and a
// promise broken on request. Spoken to in raw HTTP, as any client of the protocol would.
import { expect } from '@open-wc/testing';
import { BASE, call } from '../helpers/index.js';
import { createMockBackend, walkthroughScript, type MockBackend, type MockOptions } from '../../src/mock/index.js';
import type { Ticket, TicketCreated } from '../../src/sdk/index.js';

const MONDAY = '2026-03-02T08:30:00Z'; // 09:30 in Stockholm
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const input = (locale = 'en') => ({
  name: 'Ava',
  email: 'ava@example.com',
  subject: 'The app will not sync',
  body: 'Nothing syncs since yesterday.',
  categoryId: 'technical',
  fields: { device: 'phone' },
  locale,
});

describe('mock: the scripted agent', () => {
  let backend: MockBackend;
  let auth: Record<string, string>;
  let id: string;

  async function file(options: MockOptions, locale = 'en'): Promise<void> {
    backend = createMockBackend({ baseUrl: BASE, startAt: MONDAY, ...options });
    const { json } = await call(backend, 'POST', '/tickets', input(locale));
    const created = json as TicketCreated;
    auth = { Authorization: `Bearer ${created.accessToken}` };
    id = created.ticket.id;
  }
  const read = async (): Promise<Ticket> => (await call(backend, 'GET', `/tickets/${id}`, undefined, auth)).json;
  const customerWrites = (body: string) => call(backend, 'POST', `/tickets/${id}/messages`, { body }, auth);
  const states = (t: Ticket) => t.steps!.map((s) => s.state).join(' ');
  const team = (t: Ticket) => t.messages.filter((m) => m.author.role === 'agent' || m.author.role === 'bot');

  it('plays a script: takes the ticket and says so, plans steps, asks and waits, works the steps, answers, solves, closes', async () => {
    await file({ script: { moves: walkthroughScript, solveAfter: 30 * MINUTE, closeAfter: 2 * DAY } }, 'fa');
    expect((await read()).status).to.equal('received');

    backend.advance(MINUTE);
    let t = await read();
    expect([t.status, t.assignee?.name, t.messages.at(-1)!.author.role]).to.deep.equal(['open', 'سارا', 'agent']);
    expect(t.messages.at(-1)!.body).to.match(/^سلام، سارا هستم/);

    backend.advance(MINUTE);
    t = await read();
    expect(t.steps!.map((s) => s.title)).to.deep.equal(['یافتن علت', 'رفع مشکل', 'اطمینان از درست کار کردن']);
    expect(states(t)).to.equal('current pending pending');

    backend.advance(2 * MINUTE);
    t = await read();
    expect(t.status).to.equal('waiting_on_customer');
    expect(t.messages.at(-1)!.body).to.contain('؟');
    // A question waits for its answer: not solved, and the work does not go on without it.
    backend.advance(DAY);
    t = await read();
    expect([t.status, states(t)]).to.deep.equal(['waiting_on_customer', 'current pending pending']);

    expect((await customerWrites('از دیروز. گوشی را هم خاموش و روشن کردم.')).status).to.equal(201);
    expect((await read()).status).to.equal('open');
    backend.advance(5 * MINUTE);
    expect(states(await read())).to.equal('done current pending');
    backend.advance(5 * MINUTE);
    t = await read();
    expect([t.status, states(t), team(t).length]).to.deep.equal(['waiting_on_customer', 'done done current', 3]);

    backend.advance(30 * MINUTE);
    t = await read();
    expect([t.status, states(t), t.canReopen]).to.deep.equal(['solved', 'done done done', true]);
    backend.advance(2 * DAY);
    t = await read();
    expect([t.status, t.canReopen]).to.deep.equal(['closed', false]);
    expect((await customerWrites('One more thing')).status).to.equal(409);
  });

  it('does not solve a ticket whose customer wrote back; it answers again first', async () => {
    await file({});
    backend.advance(10 * MINUTE);
    expect((await read()).status).to.equal('waiting_on_customer');
    await customerWrites('It still does not sync.');
    backend.advance(60 * MINUTE);
    let t = await read();
    expect([t.status, team(t).length]).to.deep.equal(['waiting_on_customer', 2]);
    backend.advance(11 * MINUTE);
    t = await read();
    expect(t.status).to.equal('solved');
  });

  it('lets a test act as the agent: answers as agent or bot, questions, statuses and steps', async () => {
    await file({ script: false });
    backend.agentReply(id, 'I am the assistant. A person will follow up.', { role: 'bot' });
    let t = await read();
    expect(t.messages.at(-1)!.author).to.deep.equal({ role: 'bot', name: 'Nordlys assistant' });
    expect(t.status).to.equal('waiting_on_customer');

    backend.agentReply(id, { en: 'Which version of the app is it?', sv: 'Vilken version av appen är det?' }, { ask: true });
    t = await read();
    expect([t.messages.at(-1)!.body, t.messages.at(-1)!.author.name]).to.deep.equal(['Which version of the app is it?', 'Sara']);

    backend.setStatus(id, 'on_hold');
    t = await read();
    expect([t.status, states(t)]).to.deep.equal(['on_hold', 'done current pending pending']);
    backend.planSteps(id, ['Reproduce', 'Patch', 'Release']);
    backend.advanceStep(id);
    t = await read();
    expect(t.steps).to.deep.equal([
      { id: 'step-1', title: 'Reproduce', state: 'done' },
      { id: 'step-2', title: 'Patch', state: 'current' },
      { id: 'step-3', title: 'Release', state: 'pending' },
    ]);
    const etag = (await call(backend, 'GET', `/tickets/${id}`, undefined, auth)).headers.get('ETag');
    backend.setStatus(id, 'solved');
    const solved = await call(backend, 'GET', `/tickets/${id}`, undefined, { ...auth, 'If-None-Match': etag! });
    expect(solved.status, 'a new status is a new ETag').to.equal(200);
    expect([solved.json.status, states(solved.json), solved.json.canReopen]).to.deep.equal(['solved', 'done done done', true]);
    backend.setStatus(id, 'closed');
    expect((await customerWrites('Thanks')).status).to.equal(409);
    expect(() => backend.setStatus('t_nope', 'open')).to.throw(/no ticket/);
  });

  it('breaks the promise on request: overdue at once, escalation possible once, and answered sooner', async () => {
    await file({});
    backend.breach(id);
    let t = await read();
    expect(t.sla!.breached).to.equal(true);
    expect(t.canEscalate).to.equal(true);
    expect(Date.parse(t.sla!.firstResponseDueAt!)).to.equal(backend.now() - MINUTE);

    const reason = { reason: 'No answer yet' };
    expect((await call(backend, 'POST', `/tickets/${id}/escalations`, reason, auth)).status).to.equal(201);
    expect((await call(backend, 'POST', `/tickets/${id}/escalations`, reason, auth)).status).to.equal(409);
    backend.advance(5 * MINUTE);
    t = await read();
    expect([t.status, team(t).length, t.sla!.breached, t.canEscalate]).to.deep.equal(['waiting_on_customer', 1, false, false]);
    // The quicker answer took the place of the planned one: no second answer follows.
    backend.advance(30 * MINUTE);
    expect(team(await read())).to.have.length(1);
  });

  it('once answered, a broken promise is the solution’s, and counts only while the team has the ball', async () => {
    await file({ script: false });
    backend.agentReply(id, 'Try signing out and in again.');
    await customerWrites('Did not help.');
    backend.breach(id);
    let t = await read();
    expect([t.status, t.sla!.breached, t.canEscalate]).to.deep.equal(['open', true, true]);
    expect(Date.parse(t.sla!.resolutionDueAt!)).to.equal(backend.now() - MINUTE);
    backend.agentReply(id, 'Could you send a screenshot?', { ask: true });
    t = await read();
    expect([t.status, t.sla!.breached]).to.deep.equal(['waiting_on_customer', false]);
  });

  it('a breach can be a move of the script, and a ticket can be given its own script', async () => {
    await file({ script: { moves: [{ do: 'acknowledge', after: MINUTE }, { do: 'hold', after: MINUTE }, { do: 'breach', after: 10 * MINUTE }] } });
    backend.advance(2 * MINUTE);
    expect((await read()).status).to.equal('on_hold');
    backend.advance(10 * MINUTE);
    expect((await read()).canEscalate).to.equal(true);
    backend.script(id, [{ do: 'reply', after: MINUTE, role: 'bot', body: 'Looking into it.' }, { do: 'solve', after: MINUTE }]);
    backend.advance(MINUTE);
    expect((await read()).messages.at(-1)!.author.role).to.equal('bot');
    backend.advance(MINUTE);
    expect((await read()).status).to.equal('solved');
  });
});
