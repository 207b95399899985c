package com.example.articles.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Crowds gather in the square (Getty Images)|Crowds gather in the square|Getty Images",
					"The mayor speaks (AP Photo/Jane Doe)|The mayor speaks|AP Photo/Jane Doe",
					"Die Brücke im Winter (Foto: dpa)|Die Brücke im Winter|dpa",
					"The harbour at dawn. Photo: Jane Doe|The harbour at dawn|Jane Doe",
					"Nowy tramwaj na moście. Fot. Jan Kowalski|Nowy tramwaj na moście|Jan Kowalski",
					"Le port au lever du jour © Marie Dupont|Le port au lever du jour|© Marie Dupont" })
	void splitsTrailingCredits(String caption, String text, String credit) {
		Captions.Split split = Captions.split(caption);
		assertThat(split.caption()).isEqualTo(text);
		assertThat(split.credit()).isEqualTo(credit);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "The president (left) meets the mayor", "The mayor and his wife (centre)" })
	void keepsCaptionsWithoutCredit(String caption) {
		assertThat(Captions.split(caption).credit()).isNull();
		assertThat(Captions.split(caption).caption()).isEqualTo(caption);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "A bridge (Reuters)  |true|false", "A bridge [AFP]\t|true|false", "Photo: Jane Doe|false|true",
					"Le port © X|false|true", "Nowy tramwaj. FOT. Jan|false|true",
					"A quiet harbour at dawn.|false|false", "(left) the mayor|false|false" })
	void cheapChecksBeforeTheExpressions(String caption, boolean bracket, boolean label) {
		assertThat(Captions.endsWithBracket(caption)).isEqualTo(bracket);
		assertThat(Captions.mayHaveLabel(caption)).isEqualTo(label);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Abbildung 4: Der Hafen|true", "Fig. 2 : The harbour|true", "Beitragsbild：Der Hafen|true",
					"Figure 3 The harbour|false", "The figure: 3|false", "Photo of the harbour|false",
					"A harbour at dawn (Getty Images)|true", "A harbour at dawn (left)|false" })
	void knowsCaptionLinesByLabelOrCredit(String text, boolean caption) {
		assertThat(Captions.isCaptionLine(text)).isEqualTo(caption);
	}

}
