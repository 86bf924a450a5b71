package org.paperkg.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.source.Author;

class AuthorNamesTest {

    private static Author pubmed(String given, String family) {
        return new Author(given + " " + family, given, family, null, List.of(), false);
    }

    @Test
    void aCardNameMatchesPubMedsPartsInEitherOrderAndWithInitials() {
        Author deng = pubmed("Ming-Gang", "Deng");
        assertTrue(AuthorNames.samePerson(Author.named("Ming-Gang Deng"), deng));
        assertTrue(AuthorNames.samePerson(Author.named("Deng Ming-Gang"), deng), "family name first");
        assertTrue(AuthorNames.samePerson(Author.named("Deng MG"), deng), "PubMed's initials form");
        assertTrue(AuthorNames.samePerson(Author.named("M. Deng"), deng), "one initial agrees with Ming-Gang");
        assertTrue(AuthorNames.samePerson(pubmed("MG", "Deng"), deng), "Initials in place of the ForeName");
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertTrue(AuthorNames.samePerson(Author.named("Jürgen Müller"), pubmed("Jurgen", "MULLER")));
        assertTrue(AuthorNames.samePerson(Author.named("José García-López"), pubmed("Jose", "Garcia-Lopez")));
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertFalse(AuthorNames.samePerson(Author.named("Mingdian Liu"), pubmed("Shaoping", "Liu")), "same family, other initial");
        assertFalse(AuthorNames.samePerson(Author.named("Ming-Gang Deng"), pubmed("Ming-Gang", "Dong")));
        Author consortium = new Author("The ABC Consortium", null, null, null, List.of(), true);
        assertFalse(AuthorNames.samePerson(consortium, Author.named("Abc Consortium")), "a group is not a person");
        assertTrue(AuthorNames.samePerson(consortium, new Author("the ABC consortium", null, null, null, List.of(), true)));
    }
}
