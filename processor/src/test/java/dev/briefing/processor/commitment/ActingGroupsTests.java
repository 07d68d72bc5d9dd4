package dev.briefing.processor.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.processor.coreference.Entity;
import dev.briefing.processor.summary.ActorType;
import org.junit.jupiter.api.Test;

class ActingGroupsTests {

    private static Entity group(String name, boolean plural) {
        return new Entity(ActorType.GROUP, name, null, null, null, null, plural);
    }

    @Test
    void letsAPluralGroupOfActingPartiesCommit() {
        assertThat(ActingGroups.canAct(group("the donors", true))).isTrue();
        assertThat(ActingGroups.canAct(group("participants in the talks", true))).isTrue();
        assertThat(ActingGroups.canAct(group("island nations", true))).isTrue();
    }

    @Test
    void keepsOtherGroupsAndEveryoneConcernedFromCommitting() {
        assertThat(ActingGroups.canAct(group("analysts", true))).isFalse();
        assertThat(ActingGroups.canAct(group("all parties", true))).isFalse();
        assertThat(ActingGroups.canAct(group("the donor", false))).isFalse();
    }

    @Test
    void readsTheHeadOfAGroupAndItsSingular() {
        assertThat(ActingGroups.head("participants in the summit")).isEqualTo("participants");
        assertThat(ActingGroups.singular("parties")).isEqualTo("party");
        assertThat(ActingGroups.singular("donors")).isEqualTo("donor");
    }
}
