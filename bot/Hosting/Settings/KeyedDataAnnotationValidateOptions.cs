using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Hosting.Settings;

/// <summary>
/// Checks the data annotations on the properties of <typeparamref name="TOptions"/>, as
/// <c>ValidateDataAnnotations</c> does, and writes each failure as one sentence that starts with the
/// full configuration key (<paramref name="sectionName"/>:property), the value and the allowed values.
/// Like <c>ValidateDataAnnotations</c>, it does not descend into nested objects.
/// </summary>
internal sealed class KeyedDataAnnotationValidateOptions<TOptions>(string? optionsName, string sectionName) : IValidateOptions<TOptions>
    where TOptions : class
{
    private readonly Lazy<TOptions> _defaults = new(Activator.CreateInstance<TOptions>);

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (optionsName is not null && optionsName != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (ValidateProperty(options, property) is { } failure)
            {
                failures.Add(failure);
            }
        }

        if (options is IValidatableObject validatable)
        {
            var context = new ValidationContext(options);
            failures.AddRange(validatable.Validate(context).Select(result => $"{sectionName}:{string.Join(", ", result.MemberNames)}: {result.ErrorMessage}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Required runs first, and only the first failing attribute of a property is reported, as
    // Validator.TryValidateObject does.
    private string? ValidateProperty(TOptions options, PropertyInfo property)
    {
        var attributes = property.GetCustomAttributes<ValidationAttribute>(inherit: true)
            .OrderBy(attribute => attribute is RequiredAttribute ? 0 : 1)
            .ToList();
        if (attributes.Count == 0 || !property.CanRead || property.GetIndexParameters().Length > 0)
        {
            return null;
        }

        var key = $"{sectionName}:{property.Name}";
        var value = property.GetValue(options);
        var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = key };
        foreach (var attribute in attributes)
        {
            if (attribute.GetValidationResult(value, context) != ValidationResult.Success)
            {
                return SettingMessages.Describe(key, attribute, value, property.GetValue(_defaults.Value));
            }
        }

        return null;
    }
}
