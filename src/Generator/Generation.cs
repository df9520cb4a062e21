using EnvoyGateway.Dsl.Generator.Cel;
using EnvoyGateway.Dsl.Generator.Emit;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator;

/// <summary>One generator run: the model from the inputs, then every emitter over it.</summary>
internal static class Generation
{
    public static GeneratedOutput Run(RepositoryLayout layout) => Emit(Inputs.LoadModel(layout.InputFolder), layout);

    public static GeneratedOutput Emit(UnionModel model, RepositoryLayout layout)
    {
        // Every CEL rule must parse and use only supported constructs, or nothing is generated.
        var cel = CelInventory.Check(model);
        var output = new GeneratedOutput();
        output.Add(VersionEmitter.RelativePath, VersionEmitter.Emit(model.Releases));
        output.Add(PackageReleasesEmitter.RelativePath, PackageReleasesEmitter.Emit(model.Releases));
        new ModelEmitter(model).EmitAll(output);
        output.Add(ReleaseFactsEmitter.RelativePath, ReleaseFactsEmitter.Emit(model));
        output.Add(SchemaTableEmitter.RelativePath, SchemaTableEmitter.Emit(model));
        output.Add(SchemaAccessEmitter.RelativePath, SchemaAccessEmitter.Emit(model));
        output.Add(SchemaTreeEmitter.RelativePath, SchemaTreeEmitter.Emit(model));
        output.Add(WriterEmitter.RelativePath, new WriterEmitter(model).Emit());
        output.Add(BinderEmitter.RelativePath, new BinderEmitter(model).Emit());
        output.Add(ImportTableEmitter.RelativePath, ImportTableEmitter.Emit(model));
        output.OwnedFolders.Add(ModelEmitter.GeneratedFolder + "/Serialization");
        output.OwnedFolders.Add(ImportTableEmitter.Folder);
        output.Add(ReleasesDocEmitter.RelativePath, ReleasesDocEmitter.Emit(model, GeneratedSection.Current(layout, ReleasesDocEmitter.RelativePath)));
        var celRules = CelCompiledRule.All(model, cel);
        new CelEmitter(celRules).EmitAll(output);
        output.Add(CelRulesDocEmitter.RelativePath, CelRulesDocEmitter.Emit(celRules, cel, model, GeneratedSection.Current(layout, CelRulesDocEmitter.RelativePath)));
        output.Add(CelDocEmitter.RelativePath, CelDocEmitter.Emit(cel, model, GeneratedSection.Current(layout, CelDocEmitter.RelativePath)));
        return output;
    }
}
