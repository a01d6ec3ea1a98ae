package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.fraud.warning.LeadView;
import cn.gov.wujin.yanghu.patrol.application.HelpAnswerRow;
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
 * A warning lead as the API answers it: the fraud context's view of the lead and, beside it,
 * {@code help}: the patrol members asked to go to the door and their answers (who, what,
 * when). One flat JSON object, as {@link CaseWithTips} is.
 */
@JsonbTypeSerializer(LeadWithHelp.Flat.class)
@Schema(description = "A warning lead (预警劝阻) with the patrol members asked to help at the door; the phone is masked. Properties "
        + "without a value are left out.")
public record LeadWithHelp(
        // the document shows the view's properties here, as Flat writes them (the build's scanner reads @JsonUnwrapped)
        @JsonUnwrapped LeadView lead,
        @Schema(required = true, description = "The patrol members asked to go to the person's door and their answers, first asked "
                + "first; empty when nobody was asked (a normal lead, no community, or nobody on duty there).")
        List<HelpAnswerRow> help) {

    /** Writes the view as JSON-B writes it, then {@code help}. */
    public static class Flat implements JsonbSerializer<LeadWithHelp> {

        private static final Jsonb JSON = JsonbBuilder.create();

        @Override
        public void serialize(LeadWithHelp value, JsonGenerator generator, SerializationContext context) {
            JsonObject view;
            try (JsonReader reader = Json.createReader(new StringReader(JSON.toJson(value.lead())))) {
                view = reader.readObject();
            }
            generator.writeStartObject();
            view.forEach(generator::write);
            context.serialize("help", value.help(), generator);
            generator.writeEnd();
        }
    }
}
