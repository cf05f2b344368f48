import { withApiKey } from './api-key-dialog.js';
import { misfitOf, showMisfit } from './attachment-fit.js';
import { Attachments, type AttachmentKind } from './attachments.js';
import { streamAnswer } from './chat-stream.js';
import { ConversationStore, type StoredConversation, type StoredMessage } from './conversation-store.js';
import { startCountdown } from './countdown.js';
import { describeProgress } from './describe-progress.js';
import { MessageView } from './message-view.js';
import { describeModel, fetchModels, groupOf, MODEL_GROUPS, type ServedModel } from './models.js';
import { requestMessages } from './request-messages.js';
import { ServerError } from './server-error.js';

// Every id below is in index.html.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element's type, as querySelector<T> does.
const element = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

const ui = {
  conversations: element<HTMLUListElement>('conversations'),
  newChat: element<HTMLButtonElement>('new-chat'),
  model: element<HTMLSelectElement>('model'),
  modelNote: element('model-note'),
  messages: element('messages'),
  status: element('status'),
  error: element('error'),
  misfit: element('misfit'),
  composer: element<HTMLFormElement>('composer'),
  prompt: element<HTMLTextAreaElement>('prompt'),
  attach: element<HTMLButtonElement>('attach'),
  file: element<HTMLInputElement>('file'),
  send: element<HTMLButtonElement>('send'),
  stop: element<HTMLButtonElement>('stop'),
  dropZone: element('drop-zone'),
};

const store = new ConversationStore();
const attachments = new Attachments(element('attachments'), () => {
  attachmentsFit();
});
let models: ServedModel[] = [];
let current: StoredConversation = store.list()[0] ?? store.create('');
let running: AbortController | undefined;
let stopCountdown: (() => void) | undefined;

function showError(error: unknown): void {
  stopCountdown?.();
  ui.error.hidden = false;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ServerError && error.isQuota && error.retryAfter !== undefined) {
    stopCountdown = startCountdown(ui.error, error.retryAfter, (left) => `${message} You can try again in ${left} s.`, () => {
      ui.error.textContent = `${message} You can try again now.`;
    });
  } else {
    ui.error.textContent = message;
  }
}

function clearError(): void {
  stopCountdown?.();
  ui.error.hidden = true;
  ui.error.textContent = '';
}

function renderModels(): void {
  const groups = MODEL_GROUPS.map((group) => {
    const optgroup = document.createElement('optgroup');
    optgroup.label = group;
    optgroup.append(
      ...models.filter((model) => groupOf(model) === group).map((model) => {
        const option = new Option(model.id, model.id);
        option.title = describeModel(model);
        return option;
      }),
    );
    return optgroup;
  });
  ui.model.replaceChildren(...groups.filter((group) => group.children.length > 0));
  selectModel(current.model);
}

function selectModel(id: string): void {
  if (models.some((model) => model.id === id)) ui.model.value = id;
  const model = selectedModel();
  ui.modelNote.textContent = model === undefined ? '' : describeModel(model);
  attachmentsFit();
}

function selectedModel(): ServedModel | undefined {
  return models.find((model) => model.id === ui.model.value);
}

/** Whether the chosen model takes what is attached; if not, says so above the composer and offers the models that do. */
function attachmentsFit(): boolean {
  const misfit = misfitOf(selectedModel(), attachments.kinds, models);
  ui.misfit.hidden = misfit === undefined;
  if (misfit === undefined) return true;
  showMisfit(ui.misfit, misfit, (model) => {
    current.model = model;
    selectModel(model);
    ui.prompt.focus();
  });
  return false;
}

function renderConversations(): void {
  ui.conversations.replaceChildren(
    ...store.list().filter((conversation) => conversation.messages.length > 0 || conversation === current).map((conversation) => {
      const item = document.createElement('li');
      item.classList.toggle('current', conversation === current);
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'open';
      open.textContent = conversation.title;
      open.addEventListener('click', () => {
        openConversation(conversation);
      });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'delete';
      remove.textContent = '×';
      remove.title = `Delete "${conversation.title}"`;
      remove.addEventListener('click', () => {
        store.delete(conversation.id);
        if (conversation === current) openConversation(store.list()[0] ?? store.create(ui.model.value));
        else renderConversations();
      });
      item.append(open, remove);
      return item;
    }),
  );
}

function openConversation(conversation: StoredConversation): void {
  running?.abort();
  clearError();
  current = conversation;
  ui.messages.replaceChildren(...conversation.messages.map((message) => new MessageView(message).element));
  selectModel(conversation.model);
  renderConversations();
}

/** Keeps the newest message in view while it grows, unless the user scrolled up to read. */
function followAnswer(): void {
  const { messages } = ui;
  if (messages.scrollHeight - messages.scrollTop - messages.clientHeight > 120) return;
  // After the view's own frame, which renders the new text.
  requestAnimationFrame(() => {
    messages.scrollTop = messages.scrollHeight;
  });
}

/** Whether an answer is streaming (one at a time). */
function isAnswering(): boolean {
  return running !== undefined;
}

function setRunning(controller: AbortController | undefined): void {
  running = controller;
  ui.send.hidden = controller !== undefined;
  ui.stop.hidden = controller === undefined;
  ui.status.hidden = true;
}

async function send(): Promise<void> {
  const text = ui.prompt.value.trim();
  const { images, audio } = attachments;
  if ((text === '' && images.length === 0 && audio.length === 0) || isAnswering() || !attachmentsFit()) return;
  clearError();
  const conversation = current;
  conversation.model = ui.model.value;
  conversation.messages.push({ role: 'user', content: text, ...(images.length === 0 ? {} : { images }), ...(audio.length === 0 ? {} : { audio }) });
  ui.messages.append(new MessageView(conversation.messages.at(-1) as StoredMessage).element);
  ui.prompt.value = '';
  attachments.clear();
  const answer: StoredMessage = { role: 'assistant', content: '' };
  const takes = (kind: AttachmentKind) => selectedModel()?.takes.includes(kind) ?? true;
  const request = { model: conversation.model, messages: requestMessages(conversation.messages, takes), ...(conversation.spaceConversation === undefined ? {} : { conversation: conversation.spaceConversation }) };
  conversation.messages.push(answer);
  conversation.updated = Date.now();
  const view = new MessageView(answer);
  ui.messages.append(view.element);
  ui.messages.scrollTop = ui.messages.scrollHeight;
  renderConversations();
  const controller = new AbortController();
  setRunning(controller);
  ui.status.hidden = false;
  ui.status.textContent = 'Sending…';
  try {
    await withApiKey(() =>
      streamAnswer(request, controller.signal, {
        onProgress: (progress) => {
          ui.status.hidden = false;
          ui.status.textContent = describeProgress(progress);
        },
        onText: (delta) => {
          ui.status.hidden = true;
          answer.content += delta;
          view.update();
          followAnswer();
        },
        onReasoning: (delta) => {
          ui.status.hidden = true;
          answer.reasoning = (answer.reasoning ?? '') + delta;
          view.update();
          followAnswer();
        },
        onConversation: (value) => {
          conversation.spaceConversation = value;
        },
        onModel: () => undefined,
      }),
    );
  } catch (error) {
    if (controller.signal.aborted) answer.note = 'Stopped.';
    else {
      answer.note = error instanceof Error ? error.message : String(error);
      // A quota's wait counts down above the composer, where the user looks before sending again.
      if (conversation === current && error instanceof ServerError && error.isQuota) showError(error);
    }
  } finally {
    if (running === controller) setRunning(undefined);
    view.renderNow();
    store.save();
    renderConversations();
  }
}

async function attach(files: Iterable<File>): Promise<void> {
  const refused = await attachments.add(files);
  if (refused.length > 0) showError(new Error(refused.join(' ')));
}

ui.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  void send();
});
ui.prompt.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    void send();
  }
});
ui.stop.addEventListener('click', () => {
  running?.abort();
});
ui.newChat.addEventListener('click', () => {
  openConversation(store.create(ui.model.value));
});
ui.model.addEventListener('change', () => {
  current.model = ui.model.value;
  selectModel(ui.model.value);
});
ui.attach.addEventListener('click', () => {
  ui.file.click();
});
ui.file.addEventListener('change', () => {
  // A copy: clearing the input below empties its live FileList while the files are still being read.
  void attach([...(ui.file.files ?? [])]);
  ui.file.value = '';
});
ui.dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  ui.dropZone.classList.add('dragging');
});
ui.dropZone.addEventListener('dragleave', () => {
  ui.dropZone.classList.remove('dragging');
});
ui.dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.dropZone.classList.remove('dragging');
  // A copy taken now: the drop's data may be unreadable once this handler returns.
  void attach([...(event.dataTransfer?.files ?? [])]);
});
document.addEventListener('paste', (event) => {
  const files = [...(event.clipboardData?.files ?? [])];
  if (files.length === 0) return;
  event.preventDefault();
  void attach(files);
});

openConversation(current);
withApiKey(fetchModels)
  .then((served) => {
    models = served;
    renderModels();
    document.body.dataset.ready = 'true';
  })
  .catch(showError);
