package com.example.articles.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageGuesserTest {

	@Test
	void latinScriptByFunctionWords() {
		assertThat(LanguageGuesser.guess("The council said on Monday that the new bridge would open in the spring, "
				+ "and that it was built with money from the state."))
			.isEqualTo("en");
		assertThat(LanguageGuesser.guess("Der Stadtrat hat am Montag beschlossen, dass die neue Brücke im Frühjahr "
				+ "eröffnet wird und nicht mehr als geplant kostet."))
			.isEqualTo("de");
		assertThat(LanguageGuesser.guess("Le conseil municipal a annoncé lundi que le nouveau pont sera ouvert au "
				+ "printemps et qu'il est financé par la région."))
			.isEqualTo("fr");
		assertThat(LanguageGuesser.guess("Il consiglio comunale ha detto che il nuovo ponte sarà aperto in primavera "
				+ "e che non costerà più del previsto per la città."))
			.isEqualTo("it");
		assertThat(LanguageGuesser.guess("Rada miasta poinformowała, że nowy most zostanie otwarty wiosną i nie "
				+ "będzie kosztować więcej, jak podano w planie."))
			.isEqualTo("pl");
	}

	@Test
	void otherScriptsByScript() {
		assertThat(LanguageGuesser.guess("서울시는 월요일 새 다리가 봄에 개통될 것이라고 밝혔다. 시의회는 예산을 승인했다. 공사는 내년에 끝난다."))
			.isEqualTo("ko");
		assertThat(LanguageGuesser.guess("市議会は月曜日、新しい橋が春に開通すると発表した。工事は来年に終わる予定です。費用は予算の範囲内です。")).isEqualTo("ja");
		assertThat(LanguageGuesser.guess("市议会周一表示，新桥将于春季通车。工程预计明年完工，费用在预算范围之内。市民对此表示欢迎。")).isEqualTo("zh");
		assertThat(
				LanguageGuesser.guess("Городской совет заявил в понедельник, что новый мост откроется весной и будет "
						+ "стоить не больше, чем планировалось."))
			.isEqualTo("ru");
		assertThat(LanguageGuesser
			.guess("Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει την " + "άνοιξη."))
			.isEqualTo("el");
	}

	@Test
	void tooLittleTextIsUnknown() {
		assertThat(LanguageGuesser.guess("Home")).isNull();
		assertThat(LanguageGuesser.guess(null)).isNull();
		assertThat(LanguageGuesser.guess("1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678")).isNull();
	}

}
