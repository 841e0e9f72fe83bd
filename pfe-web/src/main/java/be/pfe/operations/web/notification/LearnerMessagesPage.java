package be.pfe.operations.web.notification;

import be.pfe.operations.domain.notification.Outbox;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The "Messages" section of the learner's page: what was written to them (and to their partner), and its status. */
@Named
@ViewScoped
public class LearnerMessagesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Outbox outbox;

    private Long learnerId;
    private List<MessageItem> messages;

    public List<MessageItem> of(Long learner) {
        if (learner == null) {
            return List.of();
        }
        if (messages == null || !learner.equals(learnerId)) {
            learnerId = learner;
            messages = outbox.ofLearner(learner).stream().map(MessageItem::of).toList();
        }
        return messages;
    }
}
