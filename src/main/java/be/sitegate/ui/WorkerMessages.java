package be.sitegate.ui;

import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.message.MessageViewModel.Kind;
import be.sitegate.ui.shared.Msg;

/** A short message to the worker (card pulled, not stored, ...): a turn of its own, gone after the return delay. */
final class WorkerMessages {

    private final KioskFlow flow;
    private final MessageViewModel message;

    WorkerMessages(KioskFlow flow, MessageViewModel message) {
        this.flow = flow;
        this.message = message;
    }

    void show(Kind kind, Msg title, Msg detail) {
        flow.beginTurn();
        message.show(kind, title, detail);
        flow.showResult(Screen.MESSAGE);
    }
}
