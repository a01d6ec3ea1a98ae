package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.application.FraudCaseView;
import cn.gov.wujin.yanghu.patrol.application.TipRow;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.StringReader;
import java.util.List;

/**
 * A case as the API answers it: the fraud context's view of the case and, beside it, the
 * tips (patrol) it was opened from. One flat JSON object, the view's properties and
 * {@code tips}, so clients read the case as they always have.
 */
@JsonbTypeSerializer(CaseWithTips.Flat.class)
@Schema(description = "A fraud case (电信网络诈骗案件) as its station sees it: the report, the procedure so far, the money, the cases it "
        + "is linked to, and the volunteers' tips it was opened from. Victims' ID-card numbers and phones are masked unless masked is "
        + "false. Amounts are decimal strings in yuan (CNY) with two decimals, exact to the fen. Properties without a value are left "
        + "out.")
public record CaseWithTips(
        // the document shows the view's properties here, as Flat writes them (the build's scanner reads @JsonUnwrapped)
        @JsonUnwrapped FraudCaseView fraudCase,
        @Schema(required = true, description = "The tips (线索) this case was opened from; usually empty, one when an officer opened the "
                + "case from a volunteer's fraud tip.")
        List<TipRow> tips) {

    /** Writes the view as JSON-B writes it, then {@code tips}. */
    public static class Flat implements JsonbSerializer<CaseWithTips> {

        /** The API's own binding has no configuration of its own either: the view comes out the same. */
        private static final Jsonb JSON = JsonbBuilder.create();

        @Override
        public void serialize(CaseWithTips value, JsonGenerator generator, SerializationContext context) {
            JsonObject view;
            try (JsonReader reader = Json.createReader(new StringReader(JSON.toJson(value.fraudCase())))) {
                view = reader.readObject();
            }
            generator.writeStartObject();
            view.forEach(generator::write);
            context.serialize("tips", value.tips(), generator);
            generator.writeEnd();
        }
    }
}
