package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.Amount;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.util.regex.Pattern;

/**
 * Amounts typed into a page, read by the same rules as the API's ({@link Amount}): ASCII
 * digits, at most two decimals, never negative; thousands may be separated by commas as the
 * page shows them ("12,000.10"), which the API does not take. The refusal is the API's text,
 * beside the input. An amount is shown with its thousands separated, to be proof-read.
 */
@FacesConverter(forClass = Amount.class)
public class AmountConverter implements Converter<Amount> {

    /** "1,200,000.50": commas exactly between groups of three digits, so "1,2" is still refused. */
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

    @Override
    public Amount getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = GROUPED.matcher(value.strip()).matches() ? value.strip().replace(",", "") : value;
        return Amount.parse(digits).orElseThrow(() -> {
            String text = FacesErrors.text(context, Amount.INVALID);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Amount value) {
        return value == null ? "" : NumberText.amount(value.value());
    }
}
